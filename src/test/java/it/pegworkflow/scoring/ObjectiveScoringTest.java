package it.pegworkflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.scoring.ObjectiveScoring.PhaseResult;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectiveScoringTest {

  private final ObjectiveScoring scoring = new ObjectiveScoring(ScoringRules.DEFAULT);

  @Test
  void halfPhasesHalfIndicatorsByDefault() {
    // phases: (30*100 + 20*50 + 20*100 + 30*80) / 100 = 84; indicators: (100 + 40 + 90) / 3 = 76.67
    // total: 0.5 * 84 + 0.5 * 76.666.. = 80.33
    var score = scoring.score(
        List.of(phase(30, 100), phase(20, 50), phase(20, 100), phase(30, 80)),
        List.of(bd(100), bd(40), bd(90)));
    assertThat(score.phases()).isEqualByComparingTo("84");
    assertThat(score.indicators()).isEqualByComparingTo("76.67");
    assertThat(score.total()).isEqualByComparingTo("80.33");
  }

  @Test
  void withoutIndicatorsThePhasesCountAlone() {
    var score = scoring.score(List.of(phase(50, 100), phase(50, 60)), List.of());
    assertThat(score.indicators()).isNull();
    assertThat(score.total()).isEqualByComparingTo("80");
  }

  @Test
  void everythingDoneIsFullyAchieved() {
    var score = scoring.score(List.of(phase(100, 100)), List.of(bd(100), bd(100)));
    assertThat(score.total()).isEqualByComparingTo("100");
  }

  @Test
  void theShareOfThePhasesIsConfigurable() {
    var phasesFirst = new ObjectiveScoring(new ScoringRules(new BigDecimal("0.8"), BigDecimal.ONE));
    var score = phasesFirst.score(List.of(phase(100, 100)), List.of(bd(50)));
    assertThat(score.total()).isEqualByComparingTo("90");
  }

  private static PhaseResult phase(int weight, int completion) {
    return new PhaseResult(bd(weight), bd(completion));
  }

  private static BigDecimal bd(int value) {
    return BigDecimal.valueOf(value);
  }
}
