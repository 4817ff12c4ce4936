package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.italian.ItalianDates;
import it.pegworkflow.store.ObjectiveStore;
import it.pegworkflow.store.PhaseRow;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Gives the task that revises the one phase the Nucleo sent back its phase (the number the model maps
 * into it) and, as the form's starting point, what was reported on it, from the plan and the progress
 * stored. The values are local to the task's scope: the phase's own scope ended with the phases.
 */
@Component
class OpenRevisedPhase implements ExecutionListener {

  private final ObjectiveStore store;
  private final PlanningCalendar calendar;

  OpenRevisedPhase(ObjectiveStore store, PlanningCalendar calendar) {
    this.store = store;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    int number = (Integer) execution.getVariableLocal(PHASE_NUMBER);
    PhaseRow phase = store.phase((String) execution.getVariable(OBJECTIVE_CODE), number);
    execution.setVariableLocal(PHASE_NAME, phase.name());
    execution.setVariableLocal(PHASE_PLANNED_START, calendar.startOf(phase.plannedStart()));
    execution.setVariableLocal(PHASE_PLANNED, ItalianDates.format(phase.plannedStart()) + " – " + ItalianDates.format(phase.plannedEnd()));
    execution.setVariableLocal(PHASE_RESPONSIBLE, phase.responsibleRole().isEmpty()
        ? phase.responsible() : phase.responsible() + " - " + phase.responsibleRole());
    // As text, the Italian way (87,5): the form's field is a text field, and the task reads Italian numbers.
    execution.setVariableLocal(PHASE_COMPLETION, phase.completion() == null ? null
        : phase.completion().stripTrailingZeros().toPlainString().replace('.', ','));
    execution.setVariableLocal(PHASE_ACTUAL_END, phase.actualEnd() == null ? null : ItalianDates.format(phase.actualEnd()));
    execution.setVariableLocal(PHASE_REPORT, phase.report());
  }
}
