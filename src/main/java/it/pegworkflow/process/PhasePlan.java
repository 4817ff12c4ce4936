package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.italian.ItalianDates;
import it.pegworkflow.store.PhaseRow;
import java.util.HashMap;
import java.util.Map;

/**
 * The phase's plan as its scope's local variables: set when the phase opens (OpenPhase) and again when
 * a variation changes it (PlanFollower), from the row of our tables, so the two never disagree.
 */
final class PhasePlan {

  private PhasePlan() {}

  static Map<String, Object> variables(PhaseRow phase, PlanningCalendar calendar) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PHASE_NAME, phase.name());
    variables.put(PHASE_ASSIGNEE, phase.responsibleId());
    variables.put(PHASE_GROUP, phase.centreGroupId());
    variables.put(PHASE_PLANNED_START, calendar.startOf(phase.plannedStart()));
    variables.put(PHASE_DUE_DATE, calendar.endOf(phase.plannedEnd()));
    variables.put(PHASE_PLANNED, ItalianDates.format(phase.plannedStart()) + " – " + ItalianDates.format(phase.plannedEnd()));
    variables.put(PHASE_RESPONSIBLE, phase.responsibleRole().isEmpty()
        ? phase.responsible() : phase.responsible() + " - " + phase.responsibleRole());
    return variables;
  }
}
