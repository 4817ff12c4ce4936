package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.store.ObjectiveStore;
import it.pegworkflow.store.PhaseRow;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Gives each phase instance of the multi-instance subprocess its own phase: name, responsible,
 * centre, dates. The values are local, so parallel phases never overwrite each other's report.
 */
@Component
class OpenPhase implements ExecutionListener {

  private final ObjectiveStore store;
  private final PlanningCalendar calendar;

  OpenPhase(ObjectiveStore store, PlanningCalendar calendar) {
    this.store = store;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // The multi-instance numbers its instances 0..n-1, and an instance added by a variation
    // (PlanFollower) n, the count of every instance so far, removed phases' included: the phase's
    // stable number is the same max + 1 (docs/process.md, "When the plan changes").
    int number = (Integer) execution.getVariable(LOOP_COUNTER) + 1;
    PhaseRow phase = store.phase((String) execution.getVariable(OBJECTIVE_CODE), number);
    execution.setVariableLocal(PHASE_NUMBER, number);
    execution.setVariablesLocal(PhasePlan.variables(phase, calendar));
    execution.setVariableLocal(PHASE_LATE, false);
    execution.setVariableLocal(PHASE_COMPLETION, null);
    execution.setVariableLocal(PHASE_ACTUAL_END, null);
    execution.setVariableLocal(PHASE_REPORT, null);
    // Declared here so that what the phase's task sends stays the phase's, not the whole objective's.
    // The responsible's choice needs none: the task's input mapping makes it the task's own.
    execution.setVariableLocal(PHASE_CONCLUDED, false);
    execution.setVariableLocal(PHASE_REOPENED_BY, null);
    execution.setVariableLocal(PHASE_REOPENING_REASON, null);
    execution.setVariableLocal(PHASE_FORECAST_END, null);
  }
}
