package it.pegworkflow.monitoring;

import it.pegworkflow.objective.ObjectiveState;
import it.pegworkflow.objective.PhaseState;
import it.pegworkflow.objective.StoredTarget;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read model of the API on our tables: one query per list (objectives with their phase counts and
 * how many acts varied them, phases, indicators, the changes of the plan), never one per row. What a
 * reader may see of it is {@link Reader}'s rule.
 */
@Repository
public class MonitoringQueries {

  /** The latest progress update of each phase {@code p}, if any, and its author's printed name. */
  private static final String LATEST_PROGRESS = """
      left join peg_phase_progress lp on lp.progress_id = (select max(x.progress_id) from peg_phase_progress x
        where x.objective_code = p.objective_code and x.phase_number = p.phase_number)
      left join peg_sheet_identity author on author.kind = 'USER' and author.id = lp.author_id""";

  private static final String OBJECTIVES = """
      select o.code, o.objective_year, o.title, o.department, o.director, o.unit, o.manager, o.manager_id,
        o.classification, o.kind, o.description, o.process_instance_id, o.state, o.phases_score, o.indicators_score,
        o.score, o.band, o.deviation_reason, o.validation_note,
        count(case when p.state <> 'REMOVED' then p.phase_number end) as phases,
        sum(case when p.state = 'COMPLETED' then 1 else 0 end) as phases_done,
        sum(case when p.late and p.state <> 'REMOVED' then 1 else 0 end) as phases_late,
        sum(case when p.state = 'PLANNED' then 1 else 0 end) as phases_not_started,
        avg(case when p.state <> 'REMOVED' then coalesce(p.completion, lp.completion, 0) end) as progress,
        coalesce(v.variations, 0) as variations
      from peg_objective o left join peg_phase p on p.objective_code = o.code
      """ + LATEST_PROGRESS + "\n" + """
      left join (select c.objective_code, count(distinct c.variation_id) as variations from peg_plan_change c
        group by c.objective_code) v on v.objective_code = o.code
      where %s
      group by o.code, o.objective_year, o.title, o.department, o.director, o.unit, o.manager, o.manager_id,
        o.classification, o.kind, o.description, o.process_instance_id, o.state, o.phases_score, o.indicators_score,
        o.score, o.band, o.deviation_reason, o.validation_note, v.variations
      order by %s""";

  private static final String PHASES = """
      select p.*, lp.completion as progress_completion, lp.recorded_at as progress_at, lp.author_id as progress_author_id,
        author.printed_name as progress_author, lp.forecast_end as progress_forecast_end, lp.note as progress_note
      from peg_phase p
      """ + LATEST_PROGRESS + "\n";

  /** The changes with their act, in the order they were made (a variation's changes together). */
  private static final String CHANGES = """
      select c.*, v.kind, v.act, v.effective_date, v.sent_by, v.sent_at
      from peg_plan_change c join peg_variation v on v.variation_id = c.variation_id
      """;

  private final JdbcClient jdbc;

  public MonitoringQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The years that have objectives, latest first. */
  public List<Integer> years() {
    return jdbc.sql("select distinct objective_year from peg_objective order by objective_year desc")
        .query(Integer.class).list();
  }

  /** Every objective, latest year first. */
  public List<MonitoredObjective> objectives() {
    return jdbc.sql(OBJECTIVES.formatted("1 = 1", "o.objective_year desc, o.code")).query(MonitoringQueries::objective)
        .list();
  }

  public List<MonitoredObjective> objectives(int year) {
    return jdbc.sql(OBJECTIVES.formatted("o.objective_year = ?", "o.code")).param(year)
        .query(MonitoringQueries::objective).list();
  }

  public Optional<MonitoredObjective> objective(String code) {
    return jdbc.sql(OBJECTIVES.formatted("o.code = ?", "o.code")).param(code).query(MonitoringQueries::objective)
        .optional();
  }

  /** The objectives in which {@code userId} is responsible of a phase. */
  public Set<String> codesWithResponsible(String userId) {
    return Set.copyOf(jdbc.sql("select distinct objective_code from peg_phase where responsible_id = ?")
        .param(userId).query(String.class).list());
  }

  public List<MonitoredPhase> phases(String code) {
    return jdbc.sql(PHASES + "where p.objective_code = ? order by p.phase_number")
        .param(code).query(MonitoringQueries::phase).list();
  }

  public List<MonitoredPhase> phases(int year) {
    return jdbc.sql(PHASES + """
            join peg_objective o on o.code = p.objective_code
            where o.objective_year = ? order by p.objective_code, p.phase_number""")
        .param(year).query(MonitoringQueries::phase).list();
  }

  public List<MonitoredIndicator> indicators(String code) {
    return jdbc.sql("select * from peg_indicator where objective_code = ? order by indicator_number")
        .param(code).query(MonitoringQueries::indicator).list();
  }

  public List<MonitoredIndicator> indicators(int year) {
    return jdbc.sql("""
            select i.* from peg_indicator i join peg_objective o on o.code = i.objective_code
            where o.objective_year = ? order by i.objective_code, i.indicator_number""")
        .param(year).query(MonitoringQueries::indicator).list();
  }

  /** Every change of the objective's plan, in the order they were made. */
  public List<PlanChange> planChanges(String code) {
    return jdbc.sql(CHANGES + "where c.objective_code = ? order by c.change_id").param(code)
        .query(MonitoringQueries::change).list();
  }

  public List<PlanChange> planChanges(int year) {
    return jdbc.sql(CHANGES + """
            join peg_objective o on o.code = c.objective_code
            where o.objective_year = ? order by c.objective_code, c.change_id""")
        .param(year).query(MonitoringQueries::change).list();
  }

  /** When the objective's baseline (the version first imported) was stored. */
  public Optional<LocalDateTime> importedAt(String code) {
    return jdbc.sql("select imported_at from peg_objective where code = ?").param(code)
        .query((rs, row) -> rs.getTimestamp(1).toLocalDateTime()).optional();
  }

  private static PlanChange change(ResultSet rs, int row) throws SQLException {
    return new PlanChange(rs.getLong("change_id"), rs.getLong("variation_id"), rs.getString("kind"), rs.getString("act"),
        date(rs, "effective_date"), rs.getString("sent_by"), rs.getTimestamp("sent_at").toLocalDateTime(),
        rs.getString("objective_code"), rs.getObject("phase_number", Integer.class),
        rs.getObject("indicator_number", Integer.class), rs.getString("attribute"), rs.getString("before_value"),
        rs.getString("after_value"));
  }

  private static MonitoredObjective objective(ResultSet rs, int row) throws SQLException {
    ObjectiveState state = ObjectiveState.valueOf(rs.getString("state"));
    return new MonitoredObjective(rs.getString("code"), rs.getInt("objective_year"), rs.getString("title"),
        rs.getString("department"), rs.getString("director"), rs.getString("unit"), rs.getString("manager"),
        rs.getString("manager_id"), rs.getString("classification"), rs.getString("kind"), rs.getString("description"),
        rs.getString("process_instance_id"), state, state.label(),
        state == ObjectiveState.REPORTED || state == ObjectiveState.WITHDRAWN,
        rs.getInt("phases"), rs.getInt("phases_done"), rs.getInt("phases_late"), rs.getInt("phases_not_started"),
        rs.getBigDecimal("phases_score"), rs.getBigDecimal("indicators_score"), rs.getBigDecimal("score"),
        rs.getString("band"), rs.getString("deviation_reason"), rs.getString("validation_note"),
        rs.getBigDecimal("progress") == null ? null : rs.getBigDecimal("progress").setScale(2, java.math.RoundingMode.HALF_UP),
        rs.getInt("variations"));
  }

  private static MonitoredPhase phase(ResultSet rs, int row) throws SQLException {
    return new MonitoredPhase(rs.getString("objective_code"), rs.getInt("phase_number"), rs.getString("name"),
        date(rs, "planned_start"), date(rs, "planned_end"), rs.getBigDecimal("weight"), rs.getString("responsible"),
        rs.getString("responsible_role"), rs.getString("responsible_id"), rs.getString("centre"),
        rs.getString("centre_group_id"), rs.getString("note"), PhaseState.valueOf(rs.getString("state")),
        rs.getBoolean("late"), rs.getBigDecimal("completion"), date(rs, "actual_end"), rs.getString("report"), progress(rs));
  }

  private static PhaseProgress progress(ResultSet rs) throws SQLException {
    if (rs.getBigDecimal("progress_completion") == null) {
      return null;
    }
    String authorId = rs.getString("progress_author_id");
    String author = rs.getString("progress_author");
    return new PhaseProgress(rs.getBigDecimal("progress_completion"), rs.getTimestamp("progress_at").toLocalDateTime(),
        authorId, author != null ? author : authorId, date(rs, "progress_forecast_end"), rs.getString("progress_note"));
  }

  private static MonitoredIndicator indicator(ResultSet rs, int row) throws SQLException {
    StoredTarget target = new StoredTarget(rs.getString("target_kind"), rs.getString("target_comparison"),
        rs.getBigDecimal("target_value"), rs.getBigDecimal("target_numerator"), rs.getBigDecimal("target_denominator"),
        date(rs, "target_date"), flag(rs, "target_percentage"), flag(rs, "target_expected"));
    return new MonitoredIndicator(rs.getString("objective_code"), rs.getInt("indicator_number"),
        rs.getString("description"), rs.getString("indicator_type"), rs.getString("expected_value"), target,
        target.target().valueKind(), rs.getString("actual_value"), rs.getString("note"), rs.getBigDecimal("score"),
        rs.getBoolean("removed"));
  }

  private static Boolean flag(ResultSet rs, String column) throws SQLException {
    boolean value = rs.getBoolean(column);
    return rs.wasNull() ? null : value;
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }
}
