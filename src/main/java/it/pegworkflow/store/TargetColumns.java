package it.pegworkflow.store;

import it.pegworkflow.objective.StoredTarget;
import it.pegworkflow.objective.Target;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The columns of peg_indicator that keep the target read at import (V4__stored_targets.sql). */
public final class TargetColumns {

  static final String NAMES = "target_kind, target_comparison, target_value, target_numerator, target_denominator, "
      + "target_date, target_percentage, target_expected";

  private TargetColumns() {}

  static List<Object> values(Target target) {
    StoredTarget stored = StoredTarget.of(target);
    List<Object> values = new ArrayList<>();
    values.add(stored.kind());
    values.add(stored.comparison());
    values.add(stored.value());
    values.add(stored.numerator());
    values.add(stored.denominator());
    values.add(stored.date() == null ? null : Date.valueOf(stored.date()));
    values.add(stored.percentage());
    values.add(stored.expected());
    return values;
  }

  static StoredTarget read(ResultSet rs) throws SQLException {
    Date date = rs.getDate("target_date");
    return new StoredTarget(rs.getString("target_kind"), rs.getString("target_comparison"),
        rs.getBigDecimal("target_value"), rs.getBigDecimal("target_numerator"), rs.getBigDecimal("target_denominator"),
        date == null ? null : date.toLocalDate(), nullable(rs, "target_percentage"), nullable(rs, "target_expected"));
  }

  /**
   * Stores the target of an indicator imported before its target was kept, only if it has none yet:
   * a target once stored is never replaced.
   */
  public static void fill(JdbcClient jdbc, String code, int number, Target target) {
    List<Object> params = values(target);
    params.add(code);
    params.add(number);
    jdbc.sql("update peg_indicator set " + NAMES.replace(",", " = ?,") + " = ? "
            + "where objective_code = ? and indicator_number = ? and target_kind is null")
        .params(params).update();
  }

  private static Boolean nullable(ResultSet rs, String column) throws SQLException {
    boolean value = rs.getBoolean(column);
    return rs.wasNull() ? null : value;
  }
}
