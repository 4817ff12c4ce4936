package it.pegworkflow.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How far the plan says a phase should be at a date (docs/campaigns.md): 0 before its planned start,
 * 100 from its planned end on, linear by calendar days in between, two decimals. The campaign keeps it
 * beside what the responsible reports.
 */
public final class PlannedProgress {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private PlannedProgress() {}

  public static BigDecimal at(LocalDate plannedStart, LocalDate plannedEnd, LocalDate date) {
    if (plannedEnd.isBefore(plannedStart)) {
      throw new IllegalArgumentException("planned end " + plannedEnd + " before planned start " + plannedStart);
    }
    if (!date.isBefore(plannedEnd)) {
      return HUNDRED.setScale(2);
    }
    if (!date.isAfter(plannedStart)) {
      return BigDecimal.ZERO.setScale(2);
    }
    long done = ChronoUnit.DAYS.between(plannedStart, date);
    long all = ChronoUnit.DAYS.between(plannedStart, plannedEnd);
    return HUNDRED.multiply(BigDecimal.valueOf(done)).divide(BigDecimal.valueOf(all), 2, RoundingMode.HALF_UP);
  }
}
