package it.pegworkflow.scoring;

import java.math.BigDecimal;

/**
 * The configurable parts of the scoring: how much the phases count against the indicators, and how
 * many points a deadline loses for each day late.
 */
public record ScoringRules(BigDecimal phasesShare, BigDecimal penaltyPerDayLate) {

  public static final ScoringRules DEFAULT = new ScoringRules(new BigDecimal("0.5"), BigDecimal.ONE);

  public ScoringRules {
    if (phasesShare == null || phasesShare.signum() < 0 || phasesShare.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("La quota delle fasi deve essere tra 0 e 1");
    }
    if (penaltyPerDayLate == null || penaltyPerDayLate.signum() < 0) {
      throw new IllegalArgumentException("La penalità per giorno di ritardo non può essere negativa");
    }
  }
}
