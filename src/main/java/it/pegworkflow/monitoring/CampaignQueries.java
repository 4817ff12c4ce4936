package it.pegworkflow.monitoring;

import it.pegworkflow.monitoring.AskedRows.AskedIndicator;
import it.pegworkflow.monitoring.AskedRows.AskedObjective;
import it.pegworkflow.monitoring.AskedRows.AskedPhase;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The campaigns' part of the read model (the V11 tables the campaign process writes), one query per
 * list. Names are the ones the sheets print ({@code peg_sheet_identity}), else the user id.
 */
@Repository
class CampaignQueries {

  private static final String CAMPAIGNS = "select * from peg_campaign ";

  private final JdbcClient jdbc;

  CampaignQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Latest reference date first. */
  List<Campaign> campaigns() {
    return jdbc.sql(CAMPAIGNS + "order by reference_date desc, campaign_id desc").query(CampaignQueries::campaign).list();
  }

  Optional<Campaign> campaign(long id) {
    return jdbc.sql(CAMPAIGNS + "where campaign_id = ?").param(id).query(CampaignQueries::campaign).optional();
  }

  /** The campaign of the year with the latest reference date. */
  Optional<Campaign> latest(int year) {
    return jdbc.sql(CAMPAIGNS + "where reference_date between ? and ? order by reference_date desc, campaign_id desc")
        .params(Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)))
        .query(CampaignQueries::campaign).list().stream().findFirst();
  }

  /** The latest campaign that asked one of the objective's phases. */
  Optional<Campaign> latestAsking(String code) {
    return jdbc.sql(CAMPAIGNS + """
            where campaign_id in (select campaign_id from peg_campaign_phase where objective_code = ?)
            order by reference_date desc, campaign_id desc""")
        .param(code).query(CampaignQueries::campaign).list().stream().findFirst();
  }

  /** Every campaign's answer rows, for the list's counts: campaign id, objective code, responsible, state. */
  List<AnswerState> answerStates() {
    return jdbc.sql("""
            select a.campaign_id, a.objective_code, a.person_id, a.state, o.process_instance_id from (
              select campaign_id, objective_code, responsible_id as person_id, state from peg_campaign_phase
              union all select campaign_id, objective_code, manager_id, state from peg_campaign_objective) a
            join peg_objective o on o.code = a.objective_code""")
        .query((rs, row) -> new AnswerState(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
        .list();
  }

  record AnswerState(long campaignId, String code, String personId, String state, String processInstanceId) {}

  List<AskedObjective> objectives(long id) {
    return jdbc.sql("""
            select o.code, o.title, o.department, o.unit, o.manager, co.manager_id, o.process_instance_id, co.state,
              co.comment, co.answered_by, co.answered_at,
              (select count(*) from peg_phase p where p.objective_code = o.code and p.state <> 'REMOVED'
                and not (p.state = 'COMPLETED' and (p.actual_end is null or p.actual_end <= c.reference_date))) as open_phases
            from peg_campaign_objective co join peg_campaign c on c.campaign_id = co.campaign_id
            join peg_objective o on o.code = co.objective_code
            where co.campaign_id = ? order by o.department, o.unit, o.code""")
        .param(id).query((rs, row) -> new AskedObjective(rs.getString("code"), rs.getString("title"),
            rs.getString("department"), rs.getString("unit"), rs.getString("manager"), rs.getString("manager_id"),
            rs.getString("process_instance_id"), rs.getString("state"), rs.getString("comment"),
            rs.getString("answered_by"), moment(rs, "answered_at"), rs.getInt("open_phases")))
        .list();
  }

  List<AskedPhase> phases(long id) {
    return jdbc.sql("""
            select cp.*, p.name, p.planned_start, p.planned_end, coalesce(who.printed_name, cp.responsible_id) as responsible
            from peg_campaign_phase cp
            join peg_phase p on p.objective_code = cp.objective_code and p.phase_number = cp.phase_number
            left join peg_sheet_identity who on who.kind = 'USER' and who.id = cp.responsible_id
            where cp.campaign_id = ? order by cp.objective_code, cp.phase_number""")
        .param(id).query(CampaignQueries::phase).list();
  }

  /** Every indicator (not dropped) of the objectives asked, answered or not yet. */
  List<AskedIndicator> indicators(long id) {
    return jdbc.sql("""
            select i.objective_code, i.indicator_number, i.description, i.expected_value, ci.intermediate_value,
              ci.missing_reason
            from peg_campaign_objective co join peg_indicator i on i.objective_code = co.objective_code and not i.removed
            left join peg_campaign_indicator ci on ci.campaign_id = co.campaign_id
              and ci.objective_code = i.objective_code and ci.indicator_number = i.indicator_number
            where co.campaign_id = ? order by i.objective_code, i.indicator_number""")
        .param(id).query((rs, row) -> new AskedIndicator(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6)))
        .list();
  }

  private static AskedPhase phase(ResultSet rs, int row) throws SQLException {
    return new AskedPhase(rs.getString("objective_code"), rs.getInt("phase_number"), rs.getString("name"),
        date(rs, "planned_start"), date(rs, "planned_end"), rs.getString("responsible_id"), rs.getString("responsible"),
        rs.getBigDecimal("planned_progress"), rs.getString("state"), rs.getBigDecimal("completion"),
        date(rs, "forecast_end"), rs.getString("criticality"), rs.getString("note"), rs.getString("proposal"),
        rs.getString("answered_by"), moment(rs, "answered_at"), rs.getBigDecimal("corrected_completion"),
        date(rs, "corrected_forecast_end"), rs.getString("corrected_criticality"), rs.getString("correction_note"),
        rs.getString("corrected_by"));
  }

  private static Campaign campaign(ResultSet rs, int row) throws SQLException {
    return Campaign.of(rs.getLong("campaign_id"), date(rs, "reference_date"), date(rs, "answer_deadline"),
        rs.getString("scope"), rs.getString("state"), rs.getString("started_by"), moment(rs, "started_at"),
        moment(rs, "closed_at"), rs.getBoolean("closed_early"));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  private static LocalDateTime moment(ResultSet rs, String column) throws SQLException {
    Timestamp moment = rs.getTimestamp(column);
    return moment == null ? null : moment.toLocalDateTime();
  }
}
