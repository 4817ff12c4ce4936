package it.pegworkflow.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The objective's score: {@code phasesShare} times the weighted mean of the phase scores plus the
 * rest times the mean of the indicator scores. Without indicators the phases count alone.
 */
public final class ObjectiveScoring {

  private final ScoringRules rules;

  public ObjectiveScoring(ScoringRules rules) {
    this.rules = rules;
  }

  /** A phase scores the completion its responsible reported. */
  public record PhaseResult(BigDecimal weight, BigDecimal completion) {
    public PhaseResult {
      if (weight == null || weight.signum() < 0) {
        throw new IllegalArgumentException("Il peso della fase non può essere negativo");
      }
      if (completion == null || completion.signum() < 0 || completion.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException("La percentuale di completamento deve essere tra 0 e 100");
      }
    }
  }

  public ObjectiveScore score(List<PhaseResult> phases, List<BigDecimal> indicatorScores) {
    if (phases.isEmpty()) {
      throw new IllegalArgumentException("Un obiettivo senza fasi non si può valutare");
    }
    BigDecimal phaseScore = weightedMean(phases);
    if (indicatorScores.isEmpty()) {
      return new ObjectiveScore(Score.of(phaseScore), null, Score.of(phaseScore));
    }
    BigDecimal indicatorScore = indicatorScores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(indicatorScores.size()), MathContext.DECIMAL64);
    BigDecimal share = rules.phasesShare();
    BigDecimal total = share.multiply(phaseScore).add(BigDecimal.ONE.subtract(share).multiply(indicatorScore));
    return new ObjectiveScore(Score.of(phaseScore), Score.of(indicatorScore), Score.of(total));
  }

  private static BigDecimal weightedMean(List<PhaseResult> phases) {
    BigDecimal totalWeight = phases.stream().map(PhaseResult::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (totalWeight.signum() == 0) {
      return phases.stream().map(PhaseResult::completion).reduce(BigDecimal.ZERO, BigDecimal::add)
          .divide(BigDecimal.valueOf(phases.size()), MathContext.DECIMAL64);
    }
    return phases.stream().map(p -> p.weight().multiply(p.completion())).reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(totalWeight, MathContext.DECIMAL64);
  }
}
