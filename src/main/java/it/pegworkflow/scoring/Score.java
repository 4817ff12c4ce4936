package it.pegworkflow.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scores live between 0 and 100 and are shown with two decimals. */
final class Score {

  static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
  static final BigDecimal FULL = BigDecimal.valueOf(100).setScale(2);

  private Score() {}

  static BigDecimal of(BigDecimal raw) {
    BigDecimal bounded = raw.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
    return bounded.setScale(2, RoundingMode.HALF_UP);
  }
}
