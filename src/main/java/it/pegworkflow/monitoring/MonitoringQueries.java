package it.pegworkflow.monitoring;

import it.pegworkflow.objective.ObjectiveState;
import it.pegworkflow.objective.PhaseState;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The monitoring's read model on our tables, which the process listeners keep current: one query
 * per list (objectives with their phase counts, phases, indicators), never one per row.
 */
@Repository
public class MonitoringQueries {

  private static final String OBJECTIVES = """
      select o.code, o.objective_year, o.title, o.department, o.director, o.unit, o.manager, o.state, o.score,
        o.band, o.deviation_reason, o.process_instance_id,
        count(p.phase_number) as phases,
        sum(case when p.state = 'COMPLETED' then 1 else 0 end) as phases_done,
        sum(case when p.late then 1 else 0 end) as phases_late,
        sum(case when p.state = 'PLANNED' then 1 else 0 end) as phases_not_started
      from peg_objective o left join peg_phase p on p.objective_code = o.code
      where %s
      group by o.code, o.objective_year, o.title, o.department, o.director, o.unit, o.manager, o.state, o.score,
        o.band, o.deviation_reason, o.process_instance_id
      order by o.code""";

  private final JdbcClient jdbc;

  public MonitoringQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The years that have objectives, latest first. */
  public List<Integer> years() {
    return jdbc.sql("select distinct objective_year from peg_objective order by objective_year desc")
        .query(Integer.class).list();
  }

  public List<MonitoredObjective> objectives(int year) {
    return jdbc.sql(OBJECTIVES.formatted("o.objective_year = ?")).param(year).query(MonitoringQueries::objective).list();
  }

  public Optional<MonitoredObjective> objective(String code) {
    return jdbc.sql(OBJECTIVES.formatted("o.code = ?")).param(code).query(MonitoringQueries::objective).optional();
  }

  public List<MonitoredPhase> phases(String code) {
    return jdbc.sql("select * from peg_phase where objective_code = ? order by phase_number")
        .param(code).query(MonitoringQueries::phase).list();
  }

  public List<MonitoredPhase> phases(int year) {
    return jdbc.sql("""
            select p.* from peg_phase p join peg_objective o on o.code = p.objective_code
            where o.objective_year = ? order by p.objective_code, p.phase_number""")
        .param(year).query(MonitoringQueries::phase).list();
  }

  public List<MonitoredIndicator> indicators(int year) {
    return jdbc.sql("""
            select i.* from peg_indicator i join peg_objective o on o.code = i.objective_code
            where o.objective_year = ? order by i.objective_code, i.indicator_number""")
        .param(year).query(MonitoringQueries::indicator).list();
  }

  private static MonitoredObjective objective(ResultSet rs, int row) throws SQLException {
    ObjectiveState state = ObjectiveState.valueOf(rs.getString("state"));
    return new MonitoredObjective(rs.getString("code"), rs.getInt("objective_year"), rs.getString("title"),
        rs.getString("department"), rs.getString("director"), rs.getString("unit"), rs.getString("manager"), state,
        state.label(), rs.getBigDecimal("score"), rs.getString("band"), rs.getString("deviation_reason"),
        rs.getString("process_instance_id"), state == ObjectiveState.REPORTED, rs.getInt("phases"),
        rs.getInt("phases_done"), rs.getInt("phases_late"), rs.getInt("phases_not_started"));
  }

  private static MonitoredPhase phase(ResultSet rs, int row) throws SQLException {
    return new MonitoredPhase(rs.getString("objective_code"), rs.getInt("phase_number"), rs.getString("name"),
        date(rs, "planned_start"), date(rs, "planned_end"), rs.getBigDecimal("weight"), rs.getString("responsible"),
        PhaseState.valueOf(rs.getString("state")), rs.getBoolean("late"), rs.getBigDecimal("completion"),
        date(rs, "actual_end"));
  }

  private static MonitoredIndicator indicator(ResultSet rs, int row) throws SQLException {
    return new MonitoredIndicator(rs.getString("objective_code"), rs.getInt("indicator_number"),
        rs.getString("description"), rs.getString("indicator_type"), rs.getString("expected_value"),
        rs.getString("actual_value"), rs.getBigDecimal("score"));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }
}
