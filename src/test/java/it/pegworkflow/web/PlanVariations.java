package it.pegworkflow.web;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Variations as the write side and the engine's projection leave them in our tables (docs/variations.md):
 * a {@code peg_variation} row per act, a {@code peg_plan_change} row per attribute with its value before
 * and after, and the plan's rows updated to the new version. Written with plain SQL, so that the read
 * side is tested on the tables alone.
 */
final class PlanVariations {

  /** The phase columns a change of these attributes updates. */
  private static final Map<String, String> PHASE_COLUMNS = Map.of("plannedStart", "planned_start",
      "plannedEnd", "planned_end", "weight", "weight", "name", "name");

  private final JdbcClient jdbc;
  private final String sentBy;

  PlanVariations(JdbcClient jdbc, String sentBy) {
    this.jdbc = jdbc;
    this.sentBy = sentBy;
  }

  /** A variation approved by {@code act}, in force from {@code effective} (ISO). */
  Act variation(String act, String effective) {
    return act("VARIATION", act, effective);
  }

  /** The objective {@code code} withdrawn by {@code act}: the change, and the state the projection records. */
  void withdrawal(String code, String act, String effective) {
    Act withdrawal = act("WITHDRAWAL", act, effective);
    withdrawal.change(code, null, null, "withdrawn", null, "ritirato");
    jdbc.sql("update peg_objective set state = 'WITHDRAWN' where code = ?").param(code).update();
  }

  /** One variation that moves one attribute of one phase. */
  void moved(String code, int phase, String attribute, String before, String after, String act, String effective) {
    variation(act, effective).moved(code, phase, attribute, before, after);
  }

  private Act act(String kind, String act, String effective) {
    jdbc.sql("insert into peg_variation (kind, act, effective_date, sent_by, sent_at) values (?, ?, ?, ?, ?)")
        .params(kind, act, java.sql.Date.valueOf(LocalDate.parse(effective)), sentBy, Timestamp.valueOf(LocalDateTime.now()))
        .update();
    long id = jdbc.sql("select max(variation_id) from peg_variation").query(Long.class).single();
    return new Act(id);
  }

  /** The changes of one act, each with the rows it updates. */
  final class Act {
    private final long id;

    private Act(long id) {
      this.id = id;
    }

    Act moved(String code, int phase, String attribute, String before, String after) {
      change(code, phase, null, attribute, before, after);
      Object value = attribute.startsWith("planned") ? java.sql.Date.valueOf(LocalDate.parse(after))
          : attribute.equals("weight") ? new BigDecimal(after) : after;
      jdbc.sql("update peg_phase set " + PHASE_COLUMNS.get(attribute) + " = ? where objective_code = ? and phase_number = ?")
          .params(value, code, phase).update();
      return this;
    }

    /** A new phase with the next stable number, planned, for a responsible of the sheets. */
    Act phaseAdded(String code, int phase, String name, String start, String end, String weight, String responsible,
        String role, String responsibleId) {
      change(code, phase, null, "phaseAdded", null, name);
      jdbc.sql("""
              insert into peg_phase (objective_code, phase_number, name, planned_start, planned_end, weight, responsible,
                responsible_role, responsible_id, state, late) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', false)""")
          .params(code, phase, name, java.sql.Date.valueOf(LocalDate.parse(start)), java.sql.Date.valueOf(LocalDate.parse(end)),
              new BigDecimal(weight), responsible, role, responsibleId)
          .update();
      return this;
    }

    /** The phase dropped: the change, and the state «soppressa» the engine's projection records. */
    Act phaseRemoved(String code, int phase) {
      String name = jdbc.sql("select name from peg_phase where objective_code = ? and phase_number = ?")
          .params(code, phase).query(String.class).single();
      change(code, phase, null, "phaseRemoved", name, null);
      jdbc.sql("update peg_phase set state = 'REMOVED' where objective_code = ? and phase_number = ?")
          .params(code, phase).update();
      return this;
    }

    /** A threshold target written anew: the words and the value read from them. */
    Act target(String code, int indicator, String before, String after, String value) {
      change(code, null, indicator, "target", before, after);
      jdbc.sql("update peg_indicator set expected_value = ?, target_value = ? where objective_code = ? and indicator_number = ?")
          .params(after, new BigDecimal(value), code, indicator).update();
      return this;
    }

    private void change(String code, Integer phase, Integer indicator, String attribute, String before, String after) {
      jdbc.sql("""
              insert into peg_plan_change (variation_id, objective_code, phase_number, indicator_number, attribute,
                before_value, after_value) values (?, ?, ?, ?, ?, ?, ?)""")
          .params(id, code, phase, indicator, attribute, before, after).update();
    }
  }
}
