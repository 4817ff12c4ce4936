package it.pegworkflow.monitoring;

import it.pegworkflow.objective.PhaseState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A phase, planned against actual. */
public record MonitoredPhase(
    String objectiveCode,
    int number,
    String name,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    BigDecimal weight,
    String responsible,
    PhaseState state,
    boolean late,
    BigDecimal completion,
    LocalDate actualEnd) {

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
