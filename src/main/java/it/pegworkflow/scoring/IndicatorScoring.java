package it.pegworkflow.scoring;

import it.pegworkflow.objective.Actual;
import it.pegworkflow.objective.Target;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.temporal.ChronoUnit;

/**
 * The score of one indicator, 0 to 100: full when the target is met, otherwise the share reached
 * (or, for a deadline, full minus a penalty per day late).
 */
public final class IndicatorScoring {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final ScoringRules rules;

  public IndicatorScoring(ScoringRules rules) {
    this.rules = rules;
  }

  public BigDecimal score(Target target, Actual actual) {
    // Java 17 has no pattern matching in switch: one branch per kind of target.
    if (target instanceof Target.Deadline deadline) {
      return deadline(deadline, as(Actual.OnDate.class, actual, target));
    }
    if (target instanceof Target.Threshold threshold) {
      return threshold(threshold, as(Actual.Amount.class, actual, target).value());
    }
    if (target instanceof Target.Ratio ratio) {
      return ratio(ratio, as(Actual.Fraction.class, actual, target));
    }
    if (target instanceof Target.YesNo yesNo) {
      return as(Actual.Happened.class, actual, target).value() == yesNo.expected() ? Score.FULL : Score.ZERO;
    }
    return Score.of(as(Actual.ManualScore.class, actual, target).score());
  }

  private BigDecimal deadline(Target.Deadline deadline, Actual.OnDate actual) {
    long daysLate = ChronoUnit.DAYS.between(deadline.date(), actual.date());
    if (daysLate <= 0) {
      return Score.FULL;
    }
    return Score.of(HUNDRED.subtract(rules.penaltyPerDayLate().multiply(BigDecimal.valueOf(daysLate))));
  }

  private static BigDecimal threshold(Target.Threshold threshold, BigDecimal actual) {
    if (threshold.comparison().holds(actual, threshold.value())) {
      return Score.FULL;
    }
    if (threshold.decreasing()) {
      return Score.of(share(threshold.value(), actual));
    }
    return Score.of(share(actual, threshold.value()));
  }

  private static BigDecimal ratio(Target.Ratio ratio, Actual.Fraction actual) {
    BigDecimal reached = actual.numerator().divide(actual.denominator(), MathContext.DECIMAL64);
    if (reached.compareTo(ratio.value()) >= 0) {
      return Score.FULL;
    }
    return Score.of(share(reached, ratio.value()));
  }

  /** {@code part / whole * 100}; reaching nothing of a zero target counts as nothing. */
  private static BigDecimal share(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL64);
  }

  private static <T extends Actual> T as(Class<T> kind, Actual actual, Target target) {
    if (!kind.isInstance(actual)) {
      throw new IllegalArgumentException(
          "Il valore rilevato non è adatto al valore atteso: serve " + target.valueKind().hint());
    }
    return kind.cast(actual);
  }
}
