package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.platform.QuietVariables;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The variables whose history would say nothing (docs/benchmark.md, "Write less per objective"): the
 * phase's and the indicator's plan as OpenPhase and OpenIndicator copy it from our tables (the tables
 * keep it, and each variation's change of it), the engine's loop counters, and the slots a phase, an
 * indicator or the phase's task opens (empty, or the form's default choice «avanzamento»). The phase's and indicator's numbers keep their history: the trail places
 * what people did by them (ObjectiveTrail).
 */
@Component
class QuietPhaseVariables implements QuietVariables {

  static final Set<String> COPIES = Set.of(PHASE_NAME, PHASE_ASSIGNEE, PHASE_GROUP, PHASE_PLANNED_START, PHASE_DUE_DATE,
      PHASE_PLANNED, PHASE_RESPONSIBLE, INDICATOR_DESCRIPTION, INDICATOR_EXPECTED, INDICATOR_HINT,
      LOOP_COUNTER, "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances");

  static final Set<String> SLOTS = Set.of(PHASE_LATE, PHASE_COMPLETION, PHASE_ACTUAL_END, PHASE_REPORT, PHASE_OUTCOME,
      PHASE_CONCLUDED, PHASE_REOPENED_BY, PHASE_REOPENING_REASON, PHASE_FORECAST_END, INDICATOR_ACTUAL, INDICATOR_NOTE);

  @Override
  public boolean isCopy(String name) {
    return COPIES.contains(name);
  }

  @Override
  public boolean isSlot(String name) {
    return SLOTS.contains(name);
  }
}
