package it.pegworkflow.monitoring;

import it.pegworkflow.campaign.CampaignStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A campaign as a reader may see it (GET /api/campaigns/{id}, the report, the Cockpit page): per
 * objective the Dirigente's answer and the status, per phase previsto (the plan's progress at the
 * reference date), realizzato (the Dirigente's correction when he made one, else the responsible's
 * answer) and da realizzare (100 − realizzato), the responsible's original beside the correction; per
 * indicator target and intermediate value; who has not answered. Built by {@link CampaignReading}.
 */
public record CampaignReport(
    Campaign campaign,
    CampaignStatus.Thresholds thresholds,
    Answers answers,
    List<Objective> objectives,
    List<Unanswered> unanswered) {

  /** How many tasks of the campaign (one per phase asked, one per Dirigente) are answered, waiting, missing. */
  public record Answers(int answered, int waiting, int missing) {
    public int total() {
      return answered + waiting + missing;
    }
  }

  /**
   * {@code status} and {@code concluded} (every phase completed by the reference date or reported at
   * 100%) are {@code null} for a reader who sees only their own phases of it.
   */
  public record Objective(String code, String title, String department, String unit, String manager, String managerId,
      String managerState, String managerStateLabel, String comment, String answeredBy, LocalDateTime answeredAt,
      CampaignStatus status, String statusLabel, Boolean concluded, List<Phase> phases, List<Indicator> indicators) {

    public boolean hasCriticality() {
      return phases.stream().anyMatch(p -> p.criticality() != null && !"NONE".equals(p.criticality()));
    }
  }

  /**
   * A phase asked. What was answered ({@code realised} and on) is {@code null} for a reader who may see
   * only the plan of it (a colleague's phase). {@code original}: the responsible's answer; {@code
   * correction}: the Dirigente's, or {@code null}; {@code realised}, {@code criticality} and {@code
   * forecastEnd} are the ones that count.
   */
  public record Phase(int number, String name, String responsible, String responsibleId, LocalDate plannedStart,
      LocalDate plannedEnd, BigDecimal planned, String state, String stateLabel, BigDecimal realised,
      BigDecimal remaining, String criticality, String criticalityLabel, LocalDate forecastEnd, String note,
      String proposal, String answeredBy, LocalDateTime answeredAt, Answer original, Correction correction,
      CampaignStatus status, String statusLabel) {}

  public record Answer(BigDecimal completion, LocalDate forecastEnd, String criticality, String criticalityLabel) {}

  public record Correction(BigDecimal completion, LocalDate forecastEnd, String criticality, String criticalityLabel,
      String note, String by) {}

  /** {@code target}: the expected value as the plan has it now. */
  public record Indicator(int number, String description, String target, String intermediateValue,
      String missingReason) {}

  /** A task still waiting, or recorded non pervenuto at the close: a phase's ({@code phase} set) or the Dirigente's. */
  public record Unanswered(String code, String title, Integer phase, String phaseName, String person, String personId,
      String role, String state, String stateLabel) {}
}
