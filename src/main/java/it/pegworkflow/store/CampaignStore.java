package it.pegworkflow.store;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The monitoring campaigns' rows (V11, docs/campaigns.md), written by the MonitoringCampaign process'
 * glue in the engine's transaction: a campaign and who was asked when it opens (WAITING), each answer
 * when its task ends (ANSWERED), the rest as non pervenuto when it closes (MISSING). Never peg_phase.
 */
@Repository
public class CampaignStore {

  public static final String WAITING = "WAITING";
  public static final String ANSWERED = "ANSWERED";
  public static final String MISSING = "MISSING";

  /** An objective asked: its code, its Dirigente. */
  public record AskedObjective(String code, String managerId) {}

  /** A phase of an objective as the campaign reads the plan: what it needs to decide whether to ask. */
  public record PlannedPhase(int number, String name, LocalDate plannedStart, LocalDate plannedEnd, String responsibleId,
      String state) {}

  /** A phase asked, with the answer and the Dirigente's correction when there are. */
  public record AskedPhase(String objectiveCode, int number, String responsibleId, BigDecimal plannedProgress, String state,
      BigDecimal completion, LocalDate forecastEnd, String criticality, String note, String proposal,
      BigDecimal correctedCompletion, LocalDate correctedForecastEnd, String correctedCriticality, String correctionNote,
      String correctedBy) {}

  /** The responsible's answer, or the Dirigente's correction (null fields keep the answer's). */
  public record Progress(BigDecimal completion, LocalDate forecastEnd, String criticality, String note) {}

  private final JdbcClient jdbc;

  public CampaignStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long open(String processInstanceId, LocalDate referenceDate, LocalDate answerDeadline, String scope,
      String startedBy, Instant startedAt) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into peg_campaign (process_instance_id, reference_date, answer_deadline, scope, state, started_by,
              started_at, closed_early)
            values (?, ?, ?, ?, 'OPEN', ?, ?, false)""")
        .params(processInstanceId, referenceDate, answerDeadline, scope, startedBy, Timestamp.from(startedAt))
        .update(key, "campaign_id");
    return key.getKeyAs(Number.class).longValue();
  }

  public boolean hasCampaignAt(LocalDate referenceDate) {
    return jdbc.sql("select count(*) from peg_campaign where reference_date = ?").param(referenceDate)
        .query(Long.class).single() > 0;
  }

  /** The Direzioni of the objectives in our tables, as the sheets print them. */
  public List<String> departments() {
    return jdbc.sql("select distinct department from peg_objective order by department").query(String.class).list();
  }

  /** The running objectives (not in reporting, not withdrawn) of these Direzioni, or of all when null. */
  public List<AskedObjective> runningObjectives(List<String> departments) {
    String sql = "select code, manager_id from peg_objective where state = 'RUNNING'";
    var query = departments == null ? jdbc.sql(sql + " order by code")
        : jdbc.sql(sql + " and department in (:departments) order by code").param("departments", departments);
    return query.query((rs, n) -> new AskedObjective(rs.getString("code"), rs.getString("manager_id"))).list();
  }

  public List<PlannedPhase> plannedPhases(String objectiveCode) {
    return jdbc.sql("""
            select phase_number, name, planned_start, planned_end, responsible_id, state from peg_phase
            where objective_code = ? order by phase_number""")
        .param(objectiveCode)
        .query((rs, n) -> new PlannedPhase(rs.getInt("phase_number"), rs.getString("name"),
            rs.getObject("planned_start", LocalDate.class), rs.getObject("planned_end", LocalDate.class),
            rs.getString("responsible_id"), rs.getString("state")))
        .list();
  }

  public void askObjective(long campaignId, AskedObjective objective) {
    jdbc.sql("insert into peg_campaign_objective (campaign_id, objective_code, manager_id, state) values (?, ?, ?, 'WAITING')")
        .params(campaignId, objective.code(), objective.managerId()).update();
  }

  public void askPhase(long campaignId, String objectiveCode, int number, String responsibleId, BigDecimal plannedProgress) {
    jdbc.sql("""
            insert into peg_campaign_phase (campaign_id, objective_code, phase_number, responsible_id, planned_progress, state)
            values (?, ?, ?, ?, ?, 'WAITING')""")
        .params(campaignId, objectiveCode, number, responsibleId, plannedProgress).update();
  }

  /** The objectives asked, in code order: the model's multi-instance reads them. */
  public List<String> askedObjectives(long campaignId) {
    return jdbc.sql("select objective_code from peg_campaign_objective where campaign_id = ? order by objective_code")
        .param(campaignId).query(String.class).list();
  }

  public List<AskedPhase> askedPhases(long campaignId, String objectiveCode) {
    return jdbc.sql("select * from peg_campaign_phase where campaign_id = ? and objective_code = ? order by phase_number")
        .params(campaignId, objectiveCode).query(CampaignStore::askedPhase).list();
  }

  public AskedPhase askedPhase(long campaignId, String objectiveCode, int number) {
    return jdbc.sql("select * from peg_campaign_phase where campaign_id = ? and objective_code = ? and phase_number = ?")
        .params(campaignId, objectiveCode, number).query(CampaignStore::askedPhase).single();
  }

  public String managerId(long campaignId, String objectiveCode) {
    return jdbc.sql("select manager_id from peg_campaign_objective where campaign_id = ? and objective_code = ?")
        .params(campaignId, objectiveCode).query(String.class).single();
  }

  public void answerPhase(long campaignId, String objectiveCode, int number, Progress answer, String proposal,
      String answeredBy, Instant at) {
    jdbc.sql("""
            update peg_campaign_phase set state = 'ANSWERED', completion = ?, forecast_end = ?, criticality = ?, note = ?,
              proposal = ?, answered_by = ?, answered_at = ?
            where campaign_id = ? and objective_code = ? and phase_number = ?""")
        .params(answer.completion(), answer.forecastEnd(), answer.criticality(), answer.note(), proposal, answeredBy,
            Timestamp.from(at), campaignId, objectiveCode, number)
        .update();
  }

  /** The Dirigente's correction, beside the answer (which stays as the responsible gave it). */
  public void correctPhase(long campaignId, String objectiveCode, int number, Progress correction, String correctedBy) {
    jdbc.sql("""
            update peg_campaign_phase set corrected_completion = ?, corrected_forecast_end = ?, corrected_criticality = ?,
              correction_note = ?, corrected_by = ?
            where campaign_id = ? and objective_code = ? and phase_number = ?""")
        .params(correction.completion(), correction.forecastEnd(), correction.criticality(), correction.note(), correctedBy,
            campaignId, objectiveCode, number)
        .update();
  }

  public void answerObjective(long campaignId, String objectiveCode, String comment, String answeredBy, Instant at) {
    jdbc.sql("""
            update peg_campaign_objective set state = 'ANSWERED', comment = ?, answered_by = ?, answered_at = ?
            where campaign_id = ? and objective_code = ?""")
        .params(comment, answeredBy, Timestamp.from(at), campaignId, objectiveCode).update();
  }

  public void recordIndicator(long campaignId, String objectiveCode, int number, String value, String missingReason) {
    jdbc.sql("""
            insert into peg_campaign_indicator (campaign_id, objective_code, indicator_number, intermediate_value, missing_reason)
            values (?, ?, ?, ?, ?)""")
        .params(campaignId, objectiveCode, number, value, missingReason).update();
  }

  /** The close: whatever is still waiting is non pervenuto. */
  public void close(long campaignId, boolean early, Instant at) {
    jdbc.sql("update peg_campaign_phase set state = 'MISSING' where campaign_id = ? and state = 'WAITING'")
        .param(campaignId).update();
    jdbc.sql("update peg_campaign_objective set state = 'MISSING' where campaign_id = ? and state = 'WAITING'")
        .param(campaignId).update();
    jdbc.sql("update peg_campaign set state = 'CLOSED', closed_at = ?, closed_early = ? where campaign_id = ?")
        .params(Timestamp.from(at), early, campaignId).update();
  }

  private static AskedPhase askedPhase(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new AskedPhase(rs.getString("objective_code"), rs.getInt("phase_number"), rs.getString("responsible_id"),
        rs.getBigDecimal("planned_progress"), rs.getString("state"), rs.getBigDecimal("completion"),
        rs.getObject("forecast_end", LocalDate.class), rs.getString("criticality"), rs.getString("note"),
        rs.getString("proposal"), rs.getBigDecimal("corrected_completion"),
        rs.getObject("corrected_forecast_end", LocalDate.class), rs.getString("corrected_criticality"),
        rs.getString("correction_note"), rs.getString("corrected_by"));
  }
}
