package it.pegworkflow.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;

/**
 * Where a phase or an objective stands at a campaign's reference date (docs/campaigns.md, "Report and
 * Cockpit"). Computed on read from the answers, never stored: the thresholds may change and the
 * status follows them.
 *
 * <p>A phase that answered (the Dirigente's corrected values when he corrected them, else the
 * responsible's) is
 * <ul>
 *   <li><b>critico</b> when its realised completion is {@code critical} or more percentage points behind
 *       the planned progress at the reference date, or when its criticità is «critica»;</li>
 *   <li><b>a rischio</b> when it is {@code atRisk} or more points behind, when its criticità is «a
 *       rischio», or when its forecast end is after its planned end;</li>
 *   <li><b>in linea</b> otherwise.</li>
 * </ul>
 * A phase whose responsible has not answered (in attesa while the campaign is open, non pervenuto once
 * it closed) is <b>non pervenuto</b>. An objective is non pervenuto when its Dirigente or any of its
 * phases has not answered; else it is its worst phase's status (in linea when no phase was asked).
 */
public enum CampaignStatus {
  ON_TRACK("in linea"),
  AT_RISK("a rischio"),
  CRITICAL("critico"),
  NOT_RECEIVED("non pervenuto");

  private final String label;

  CampaignStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * How far behind the plan, in percentage points, a phase may be before it is a rischio and critico:
   * {@code peg.monitoring.thresholds.at-risk} (default 10) and {@code .critical} (default 25).
   */
  public record Thresholds(BigDecimal atRisk, BigDecimal critical) {

    public static final Thresholds DEFAULT = new Thresholds(BigDecimal.TEN, BigDecimal.valueOf(25));

    public Thresholds {
      if (atRisk == null || critical == null || atRisk.signum() <= 0 || atRisk.compareTo(critical) > 0
          || critical.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException("peg.monitoring.thresholds: at-risk (" + atRisk + ") and critical ("
            + critical + ") must be points behind the plan with 0 < at-risk <= critical <= 100");
      }
    }
  }

  /**
   * A phase's answer as it counts: {@code completion}, {@code criticality} (NONE, AT_RISK, CRITICAL) and
   * {@code forecastEnd} are the corrected ones where the Dirigente corrected them; {@code answered} false
   * for a phase still waiting or non pervenuto.
   */
  public record PhaseAnswer(boolean answered, BigDecimal plannedProgress, LocalDate plannedEnd, BigDecimal completion,
      String criticality, LocalDate forecastEnd) {}

  public static CampaignStatus of(PhaseAnswer answer, Thresholds thresholds) {
    if (!answer.answered() || answer.completion() == null) {
      return NOT_RECEIVED;
    }
    BigDecimal behind = answer.plannedProgress().subtract(answer.completion());
    CampaignStatus byProgress = behind.compareTo(thresholds.critical()) >= 0 ? CRITICAL
        : behind.compareTo(thresholds.atRisk()) >= 0 ? AT_RISK : ON_TRACK;
    CampaignStatus byCriticality = "CRITICAL".equals(answer.criticality()) ? CRITICAL
        : "AT_RISK".equals(answer.criticality()) ? AT_RISK : ON_TRACK;
    boolean endsLate = answer.forecastEnd() != null && answer.plannedEnd() != null
        && answer.forecastEnd().isAfter(answer.plannedEnd());
    return worst(worst(byProgress, byCriticality), endsLate ? AT_RISK : ON_TRACK);
  }

  /** {@code managerAnswered}: whether the objective's Dirigente answered his task. */
  public static CampaignStatus ofObjective(boolean managerAnswered, Collection<CampaignStatus> phases) {
    if (!managerAnswered || phases.contains(NOT_RECEIVED)) {
      return NOT_RECEIVED;
    }
    return phases.stream().max(Comparator.naturalOrder()).orElse(ON_TRACK);
  }

  private static CampaignStatus worst(CampaignStatus one, CampaignStatus other) {
    return one.compareTo(other) >= 0 ? one : other;
  }
}
