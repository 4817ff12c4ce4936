package it.pegworkflow.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a new version of the plan into our tables the way the write side of a variation does (plain
 * SQL), so that PlanFollower can be driven without it.
 */
final class PlanTables {

  private final JdbcClient jdbc;
  private final String code;

  PlanTables(JdbcClient jdbc, String code) {
    this.jdbc = jdbc;
    this.code = code;
  }

  void phase(int number, String column, Object value) {
    jdbc.sql("update peg_phase set " + column + " = ? where objective_code = ? and phase_number = ?")
        .params(value, code, number).update();
  }

  void plannedStart(int number, String day) {
    phase(number, "planned_start", LocalDate.parse(day));
  }

  void plannedEnd(int number, String day) {
    phase(number, "planned_end", LocalDate.parse(day));
  }

  void weight(int number, String weight) {
    phase(number, "weight", new BigDecimal(weight));
  }

  void responsible(int number, String surnameName, String role, String userId) {
    phase(number, "responsible", surnameName);
    phase(number, "responsible_role", role);
    phase(number, "responsible_id", userId);
  }

  /** A phase added with the next stable number, like phase {@code like} in everything but name and dates. */
  void addPhase(int number, int like, String name, String start, String end) {
    jdbc.sql("""
            insert into peg_phase (objective_code, phase_number, name, planned_start, planned_end, weight, responsible,
              responsible_role, responsible_id, centre, centre_group_id, note, state, late)
            select objective_code, ?, ?, ?, ?, weight, responsible, responsible_role, responsible_id, centre,
              centre_group_id, note, 'PLANNED', false
            from peg_phase where objective_code = ? and phase_number = ?""")
        .params(number, name, LocalDate.parse(start), LocalDate.parse(end), code, like).update();
  }

  /** An indicator added with the next stable number, like indicator {@code like} but for its description. */
  void addIndicator(int number, int like, String description) {
    java.util.Map<String, Object> row = new java.util.LinkedHashMap<>(jdbc.sql(
            "select * from peg_indicator where objective_code = ? and indicator_number = ?")
        .params(code, like).query().singleRow());
    // H2 names the columns in capitals, PostgreSQL in small letters.
    row.replaceAll((column, value) -> column.equalsIgnoreCase("indicator_number") ? number
        : column.equalsIgnoreCase("description") ? description : value);
    jdbc.sql("insert into peg_indicator (" + String.join(", ", row.keySet()) + ") values ("
        + String.join(", ", java.util.Collections.nCopies(row.size(), "?")) + ")").params(new java.util.ArrayList<>(row.values())).update();
  }

  void manager(String surnameName, String userId) {
    jdbc.sql("update peg_objective set manager = ?, manager_id = ? where code = ?").params(surnameName, userId, code).update();
  }

  void director(String surnameName, String userId) {
    jdbc.sql("update peg_objective set director = ?, director_id = ? where code = ?").params(surnameName, userId, code).update();
  }

  void removeIndicator(int number) {
    jdbc.sql("update peg_indicator set removed = true where objective_code = ? and indicator_number = ?")
        .params(code, number).update();
  }

  boolean late(int number) {
    return jdbc.sql("select late from peg_phase where objective_code = ? and phase_number = ?")
        .params(code, number).query(Boolean.class).single();
  }
}
