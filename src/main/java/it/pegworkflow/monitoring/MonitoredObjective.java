package it.pegworkflow.monitoring;

import it.pegworkflow.objective.ObjectiveState;
import java.math.BigDecimal;

/**
 * One objective as every reader of the API sees it (the list, the detail, the dashboard, the Gantt
 * and the reports): the sheet's fields, where it is, how its phases go, its results. The phase
 * counts, the progress (the mean completion so far of its phases, the latest progress of a running one)
 * and the results are {@code null} for a reader who may not see how it went ({@link Reader}).
 * {@code finished}: its cycle is over, rendicontato or ritirato (withdrawn: out of the year's scores).
 * {@code variations} is how many acts changed its plan (docs/monitoring.md, "Variations"): part of the
 * plan, so every reader sees it. Phase counts and progress leave out the phases a variation dropped.
 */
public record MonitoredObjective(
    String code,
    int year,
    String title,
    String department,
    String director,
    String unit,
    String manager,
    String managerId,
    String classification,
    String kind,
    String description,
    String processInstanceId,
    ObjectiveState state,
    String stateLabel,
    boolean finished,
    Integer phases,
    Integer phasesDone,
    Integer phasesLate,
    Integer phasesNotStarted,
    BigDecimal phasesScore,
    BigDecimal indicatorsScore,
    BigDecimal score,
    String band,
    String deviationReason,
    String validationNote,
    BigDecimal progress,
    int variations) {

  /** The plan and where the objective is, without how its phases went, its scores and the Dirigente's and the Nucleo's words. */
  MonitoredObjective withoutResults() {
    return new MonitoredObjective(code, year, title, department, director, unit, manager, managerId, classification,
        kind, description, processInstanceId, state, stateLabel, finished, phases, null, null, null, null, null, null,
        null, null, null, null, variations);
  }

  /** Whether a variation, a withdrawal or a reassignment changed its plan. */
  public boolean varied() {
    return variations > 0;
  }

  boolean hasLatePhases() {
    return phasesLate != null && phasesLate > 0;
  }
}
