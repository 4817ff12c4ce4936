package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.PHASES_CONCLUDED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A phase is concluded (completed, or closed at the reporting deadline): one more on the objective's
 * count. When every phase is, the model's conditional event lets them all go and the reporting
 * starts; until then a completed phase waits, and its Dirigente may reopen it ({@link ReopenPhase}).
 * Public so that the model's tests run the real count.
 */
@Component
public class CountConcludedPhase implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    DelegateExecution objective = execution.getProcessInstance();
    Object concluded = objective.getVariableLocal(PHASES_CONCLUDED);
    objective.setVariableLocal(PHASES_CONCLUDED, concluded == null ? 1 : ((Number) concluded).intValue() + 1);
  }
}
