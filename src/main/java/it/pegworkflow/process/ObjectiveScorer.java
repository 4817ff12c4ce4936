package it.pegworkflow.process;

import it.pegworkflow.objective.PhaseState;
import it.pegworkflow.objective.PhaseWeights;
import it.pegworkflow.objective.Target;
import it.pegworkflow.scoring.IndicatorScoring;
import it.pegworkflow.scoring.ObjectiveScore;
import it.pegworkflow.scoring.ObjectiveScoring;
import it.pegworkflow.scoring.ObjectiveScoring.PhaseResult;
import it.pegworkflow.sheet.ActualReader;
import it.pegworkflow.store.IndicatorRow;
import it.pegworkflow.store.ObjectiveStore;
import it.pegworkflow.store.PhaseRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;

/**
 * Scores an objective from what was reported on it, against the plan in force in our tables: the
 * targets and weights of the last variation, without the phases and indicators it removed.
 */
@Component
class ObjectiveScorer {

  private final ObjectiveStore store;
  private final IndicatorScoring indicatorScoring;
  private final ObjectiveScoring objectiveScoring;

  ObjectiveScorer(ObjectiveStore store, PegProperties properties) {
    this.store = store;
    this.indicatorScoring = new IndicatorScoring(properties.scoringRules());
    this.objectiveScoring = new ObjectiveScoring(properties.scoringRules());
  }

  /** The objective's scores; each indicator's goes to {@code indicatorScored} (number, score) too. */
  ObjectiveScore score(String code, BiConsumer<Integer, BigDecimal> indicatorScored) {
    List<BigDecimal> indicatorScores = new ArrayList<>();
    for (IndicatorRow indicator : store.liveIndicators(code)) {
      Target target = indicator.target();
      BigDecimal score = indicatorScoring.score(target, ActualReader.read(indicator.actualValue(), target));
      indicatorScored.accept(indicator.number(), score);
      indicatorScores.add(score);
    }
    ObjectiveScore score = objectiveScoring.score(phaseResults(code), indicatorScores);
    return score;
  }

  private List<PhaseResult> phaseResults(String code) {
    // A phase removed by a variation no longer counts; the weights are those of the version in force.
    List<PhaseRow> phases = store.phases(code).stream().filter(p -> p.state() != PhaseState.REMOVED).toList();
    boolean weighted = phases.stream().allMatch(p -> p.weight() != null);
    BigDecimal equalShare = PhaseWeights.equalShare(phases.size());
    return phases.stream()
        .map(p -> new PhaseResult(weighted ? p.weight() : equalShare, p.completion() == null ? BigDecimal.ZERO : p.completion()))
        .toList();
  }
}
