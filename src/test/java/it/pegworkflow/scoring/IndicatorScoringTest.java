package it.pegworkflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.pegworkflow.objective.Actual;
import it.pegworkflow.objective.Target;
import it.pegworkflow.objective.Target.Comparison;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndicatorScoringTest {

  private final IndicatorScoring scoring = new IndicatorScoring(ScoringRules.DEFAULT);

  @Test
  void aDeadlineMetOnTimeScoresFull() {
    var byJune = new Target.Deadline(LocalDate.of(2017, 6, 30));
    assertThat(scoring.score(byJune, new Actual.OnDate(LocalDate.of(2017, 6, 30)))).isEqualByComparingTo("100");
  }

  @Test
  void aDeadlineLosesOnePointForEachDayLate() {
    var byJune = new Target.Deadline(LocalDate.of(2017, 6, 30));
    assertThat(scoring.score(byJune, new Actual.OnDate(LocalDate.of(2017, 7, 10)))).isEqualByComparingTo("90");
    assertThat(scoring.score(byJune, new Actual.OnDate(LocalDate.of(2018, 6, 30)))).isEqualByComparingTo("0");
  }

  @Test
  void thePenaltyPerDayIsConfigurable() {
    var strict = new IndicatorScoring(new ScoringRules(new BigDecimal("0.5"), new BigDecimal("2.5")));
    var byJune = new Target.Deadline(LocalDate.of(2017, 6, 30));
    assertThat(strict.score(byJune, new Actual.OnDate(LocalDate.of(2017, 7, 4)))).isEqualByComparingTo("90");
  }

  @Test
  void greaterThanIsMetOnlyAboveTheValue() {
    var moreThan100 = new Target.Threshold(Comparison.GREATER_THAN, BigDecimal.valueOf(100), false);
    assertThat(scoring.score(moreThan100, amount("101"))).isEqualByComparingTo("100");
    assertThat(scoring.score(moreThan100, amount("100"))).isEqualByComparingTo("100");
    assertThat(scoring.score(moreThan100, amount("80"))).isEqualByComparingTo("80");
  }

  @Test
  void atLeastScoresTheShareReached() {
    var atLeast150 = Target.Threshold.atLeast(BigDecimal.valueOf(150));
    assertThat(scoring.score(atLeast150, amount("150"))).isEqualByComparingTo("100");
    assertThat(scoring.score(atLeast150, amount("100"))).isEqualByComparingTo("66.67");
  }

  @Test
  void aDecreasingIndicatorScoresTargetOverActual() {
    var below15 = new Target.Threshold(Comparison.LESS_THAN, BigDecimal.valueOf(15), false);
    assertThat(scoring.score(below15, amount("12"))).isEqualByComparingTo("100");
    assertThat(scoring.score(below15, amount("20"))).isEqualByComparingTo("75");
    var atMost10 = new Target.Threshold(Comparison.AT_MOST, BigDecimal.TEN, false);
    assertThat(scoring.score(atMost10, amount("10"))).isEqualByComparingTo("100");
    assertThat(scoring.score(atMost10, amount("40"))).isEqualByComparingTo("25");
  }

  @Test
  void aPercentageIsMetFromItsValueUp() {
    var ninety = Target.Threshold.percentAtLeast(new BigDecimal("90"));
    assertThat(scoring.score(ninety, amount("95.5"))).isEqualByComparingTo("100");
    assertThat(scoring.score(ninety, amount("45"))).isEqualByComparingTo("50");
  }

  @Test
  void aRatioComparesTheActualShare() {
    var twoOfFour = new Target.Ratio(BigDecimal.valueOf(2), BigDecimal.valueOf(4));
    assertThat(scoring.score(twoOfFour, fraction(3, 5))).isEqualByComparingTo("100");
    assertThat(scoring.score(twoOfFour, fraction(1, 5))).isEqualByComparingTo("40");
  }

  @Test
  void yesOrNoIsAllOrNothing() {
    var yes = new Target.YesNo(true);
    assertThat(scoring.score(yes, new Actual.Happened(true))).isEqualByComparingTo("100");
    assertThat(scoring.score(yes, new Actual.Happened(false))).isEqualByComparingTo("0");
    assertThat(scoring.score(new Target.YesNo(false), new Actual.Happened(false))).isEqualByComparingTo("100");
  }

  @Test
  void aManualTargetTakesTheScoreGivenByHand() {
    assertThat(scoring.score(new Target.Manual(false), new Actual.ManualScore(new BigDecimal("72.5"))))
        .isEqualByComparingTo("72.50");
  }

  @Test
  void anActualOfTheWrongKindIsRefusedInItalian() {
    var byJune = new Target.Deadline(LocalDate.of(2017, 6, 30));
    assertThatThrownBy(() -> scoring.score(byJune, amount("3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("serve una data");
  }

  private static Actual amount(String value) {
    return new Actual.Amount(new BigDecimal(value));
  }

  private static Actual fraction(int numerator, int denominator) {
    return new Actual.Fraction(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }
}
