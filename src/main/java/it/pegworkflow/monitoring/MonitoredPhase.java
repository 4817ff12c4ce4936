package it.pegworkflow.monitoring;

import it.pegworkflow.objective.PhaseState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A phase, planned against actual. What happened to it (state, late flag, completion, actual end,
 * report) is {@code null} for a reader who may see only the plan ({@link Reader}).
 */
public record MonitoredPhase(
    String objectiveCode,
    int number,
    String name,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    BigDecimal weight,
    String responsible,
    String responsibleRole,
    String responsibleId,
    String centre,
    String centreGroupId,
    String note,
    PhaseState state,
    Boolean late,
    BigDecimal completion,
    LocalDate actualEnd,
    String report,
    PhaseProgress latestProgress) {

  /** The phase as the plan has it: a phase dropped by a variation stays «soppressa», that is the plan too. */
  MonitoredPhase asPlanned() {
    return new MonitoredPhase(objectiveCode, number, name, plannedStart, plannedEnd, weight, responsible,
        responsibleRole, responsibleId, centre, centreGroupId, note, removed() ? PhaseState.REMOVED : null, null, null,
        null, null, null);
  }

  /** Dropped by a variation: drawn and listed as «soppressa», out of the counts and the score. */
  public boolean removed() {
    return state == PhaseState.REMOVED;
  }

  /**
   * The completion to show: the final one once the phase is concluded, else the latest progress
   * recorded on it; {@code null} when nothing was reported (or not known to this reader).
   */
  public BigDecimal completionSoFar() {
    return completion != null ? completion : latestProgress == null ? null : latestProgress.completion();
  }

  /** Whether the phase went past its planned end (false when not known to this reader). */
  public boolean wentLate() {
    return Boolean.TRUE.equals(late);
  }

  /**
   * Days past the planned end: to the actual end once reported, to {@code today} while the phase is
   * still open; {@code null} when the phase is not late.
   */
  public Long lateDays(LocalDate today) {
    LocalDate until = actualEnd != null ? actualEnd : state == PhaseState.RUNNING ? today : null;
    if (until == null || !until.isAfter(plannedEnd)) {
      return null;
    }
    return ChronoUnit.DAYS.between(plannedEnd, until);
  }
}
