package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.scoring.ObjectiveScore;
import java.util.LinkedHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Scores the objective from what was reported on it. The scores are process variables (each
 * indicator's in {@code indicatorScores}, by number), and the projection copies them to our tables.
 */
@Component("scoreObjective")
class ScoreObjective implements JavaDelegate {

  private final ObjectiveScorer scorer;

  ScoreObjective(ObjectiveScorer scorer) {
    this.scorer = scorer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LinkedHashMap<String, Double> indicatorScores = new LinkedHashMap<>();
    ObjectiveScore score = scorer.score(execution.getProcessBusinessKey(),
        (number, indicatorScore) -> indicatorScores.put(number.toString(), indicatorScore.doubleValue()));
    execution.setVariable(INDICATOR_SCORES, indicatorScores);
    execution.setVariable(PHASES_SCORE, score.phases().doubleValue());
    execution.setVariable(INDICATORS_SCORE, score.indicators() == null ? null : score.indicators().doubleValue());
    execution.setVariable(OBJECTIVE_SCORE, score.total().doubleValue());
  }
}
