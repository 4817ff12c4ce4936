package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.store.IndicatorRow;
import it.pegworkflow.store.ObjectiveStore;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Gives each instance of the indicator task its indicator, from the plan stored at import: the words
 * of the target, the hint of the stored target (never the words read again), and the value recorded in
 * an earlier round, if the Nucleo sent it back. The indicator is the loop's element (one task per
 * indicator in force, IndicatorsInForce) or, on the task that revises the one indicator the Nucleo
 * sent back, the number the model maps into it.
 */
@Component
class OpenIndicator implements ExecutionListener {

  private final ObjectiveStore store;

  OpenIndicator(ObjectiveStore store) {
    this.store = store;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object element = execution.getVariableLocal(INDICATOR_NUMBER);
    // Objectives started on a model before IndicatorsInForce loop over a count: the loop counter numbers them.
    int number = element != null ? (Integer) element : (Integer) execution.getVariable(LOOP_COUNTER) + 1;
    IndicatorRow indicator = store.indicator((String) execution.getVariable(OBJECTIVE_CODE), number);
    execution.setVariableLocal(INDICATOR_NUMBER, number);
    execution.setVariableLocal(INDICATOR_DESCRIPTION, indicator.description());
    execution.setVariableLocal(INDICATOR_EXPECTED, indicator.expectedValue());
    execution.setVariableLocal(INDICATOR_HINT, indicator.valueKind().hint());
    execution.setVariableLocal(INDICATOR_ACTUAL, indicator.actualValue());
    execution.setVariableLocal(INDICATOR_NOTE, indicator.note());
  }
}
