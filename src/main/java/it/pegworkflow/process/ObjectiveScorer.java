package it.pegworkflow.process;

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
import it.pegworkflow.store.ProgressStore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Scores an objective from what was reported on it against the targets stored at import, and keeps
 * every score beside its value.
 */
@Component
class ObjectiveScorer {

  private final ObjectiveStore store;
  private final ProgressStore progress;
  private final IndicatorScoring indicatorScoring;
  private final ObjectiveScoring objectiveScoring;

  ObjectiveScorer(ObjectiveStore store, ProgressStore progress, PegProperties properties) {
    this.store = store;
    this.progress = progress;
    this.indicatorScoring = new IndicatorScoring(properties.scoringRules());
    this.objectiveScoring = new ObjectiveScoring(properties.scoringRules());
  }

  ObjectiveScore score(String code) {
    List<BigDecimal> indicatorScores = new ArrayList<>();
    for (IndicatorRow indicator : store.indicators(code)) {
      Target target = indicator.target();
      BigDecimal score = indicatorScoring.score(target, ActualReader.read(indicator.actualValue(), target));
      progress.indicatorScored(code, indicator.number(), score);
      indicatorScores.add(score);
    }
    ObjectiveScore score = objectiveScoring.score(phaseResults(code), indicatorScores);
    progress.objectiveScored(code, score.phases(), score.indicators(), score.total());
    return score;
  }

  private List<PhaseResult> phaseResults(String code) {
    List<PhaseRow> phases = store.phases(code);
    boolean weighted = phases.stream().allMatch(p -> p.weight() != null);
    BigDecimal equalShare = PhaseWeights.equalShare(phases.size());
    return phases.stream()
        .map(p -> new PhaseResult(weighted ? p.weight() : equalShare, p.completion() == null ? BigDecimal.ZERO : p.completion()))
        .toList();
  }
}
