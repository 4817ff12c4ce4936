package it.pegworkflow.store;

import it.pegworkflow.objective.PhaseState;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Reads the store's rows into values. */
final class Rows {

  private Rows() {}

  static PhaseRow phase(ResultSet rs, int row) throws SQLException {
    return new PhaseRow(rs.getString("objective_code"), rs.getInt("phase_number"), rs.getString("name"),
        date(rs, "planned_start"), date(rs, "planned_end"), rs.getBigDecimal("weight"), rs.getString("responsible"),
        rs.getString("responsible_role"), rs.getString("responsible_id"), rs.getString("centre"),
        rs.getString("centre_group_id"), rs.getString("note"), PhaseState.valueOf(rs.getString("state")),
        rs.getBoolean("late"), rs.getBigDecimal("completion"), date(rs, "actual_end"), rs.getString("report"));
  }

  static IndicatorRow indicator(ResultSet rs, int row) throws SQLException {
    return new IndicatorRow(rs.getString("objective_code"), rs.getInt("indicator_number"),
        rs.getString("description"), rs.getString("indicator_type"), rs.getString("expected_value"),
        TargetColumns.read(rs).target(), rs.getString("actual_value"), rs.getString("note"),
        rs.getBigDecimal("score"));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }
}
