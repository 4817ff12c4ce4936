package it.pegworkflow.web;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Monitoring campaigns as the campaign process leaves them in the V11 tables (docs/campaigns.md):
 * a {@code peg_campaign} row when it opens, a WAITING row per phase asked and per Dirigente, each
 * answered (or corrected by the Dirigente beside the answer), the rest non pervenuto at the close.
 * Written with plain SQL, so that the read side is tested on the tables alone:
 * <pre>
 * var june = campaigns.opened("2045-06-30", "2045-07-15");
 * june.phase(CODE, 1, "49.59").answered("40", AT_RISK, null, "Bandi in ritardo"); // Verna: 40%, a rischio
 * june.phase(CODE, 2, "44.36");                                                  // Bonanni did not answer
 * june.closed();
 * </pre>
 */
final class CampaignRows {

  static final String NONE = "NONE";
  static final String AT_RISK = "AT_RISK";
  static final String CRITICAL = "CRITICAL";

  private final JdbcClient jdbc;
  private final String controllo;

  CampaignRows(JdbcClient jdbc, String controllo) {
    this.jdbc = jdbc;
    this.controllo = controllo;
  }

  /** A campaign opened by the controllo at {@code referenceDate} (ISO), answers due by {@code deadline}; scope: the Direzioni, none for all. */
  Campaign opened(String referenceDate, String deadline, String... scope) {
    jdbc.sql("""
            insert into peg_campaign (process_instance_id, reference_date, answer_deadline, scope, state, started_by,
              started_at, closed_early) values (?, ?, ?, ?, 'OPEN', ?, ?, false)""")
        .params("campaign-" + referenceDate, day(referenceDate), day(deadline),
            scope.length == 0 ? null : String.join("\n", scope), controllo,
            Timestamp.valueOf(LocalDate.parse(referenceDate).plusDays(1).atTime(9, 0)))
        .update();
    return new Campaign(jdbc.sql("select max(campaign_id) from peg_campaign").query(Long.class).single(),
        LocalDate.parse(deadline));
  }

  final class Campaign {
    final long id;
    private final LocalDate deadline;

    private Campaign(long id, LocalDate deadline) {
      this.id = id;
      this.deadline = deadline;
    }

    /** The task of the phase's responsible (the plan's), waiting; {@code planned}: the plan's progress at the date. */
    PhaseRow phase(String code, int number, String planned) {
      String responsible = jdbc.sql("select responsible_id from peg_phase where objective_code = ? and phase_number = ?")
          .params(code, number).query(String.class).single();
      jdbc.sql("""
              insert into peg_campaign_phase (campaign_id, objective_code, phase_number, responsible_id, planned_progress,
                state) values (?, ?, ?, ?, ?, 'WAITING')""")
          .params(id, code, number, responsible, new BigDecimal(planned)).update();
      return new PhaseRow(code, number, responsible);
    }

    /** The Dirigente's task of the objective, waiting. */
    DirigenteRow dirigente(String code) {
      String manager = jdbc.sql("select manager_id from peg_objective where code = ?").param(code).query(String.class)
          .single();
      jdbc.sql("insert into peg_campaign_objective (campaign_id, objective_code, manager_id, state) values (?, ?, ?, 'WAITING')")
          .params(id, code, manager).update();
      return new DirigenteRow(code, manager);
    }

    /** At the deadline: what is still waiting becomes non pervenuto. */
    void closed() {
      close(false, deadline.plusDays(1).atStartOfDay());
    }

    /** Closed by the controllo before the deadline. */
    void closedEarly(String when) {
      close(true, LocalDateTime.parse(when));
    }

    private void close(boolean early, LocalDateTime when) {
      for (String table : new String[] {"peg_campaign_phase", "peg_campaign_objective"}) {
        jdbc.sql("update " + table + " set state = 'MISSING' where campaign_id = ? and state = 'WAITING'").param(id).update();
      }
      jdbc.sql("update peg_campaign set state = 'CLOSED', closed_at = ?, closed_early = ? where campaign_id = ?")
          .params(Timestamp.valueOf(when), early, id).update();
    }

    final class PhaseRow {
      private final String code;
      private final int number;
      private final String responsible;

      private PhaseRow(String code, int number, String responsible) {
        this.code = code;
        this.number = number;
        this.responsible = responsible;
      }

      /** The responsible's answer: completion at the date, criticità, forecast end (ISO, or null) and note. */
      PhaseRow answered(String completion, String criticality, String forecastEnd, String note) {
        jdbc.sql("""
                update peg_campaign_phase set state = 'ANSWERED', completion = ?, criticality = ?, forecast_end = ?,
                  note = ?, answered_by = ?, answered_at = ? where campaign_id = ? and objective_code = ? and phase_number = ?""")
            .params(new BigDecimal(completion), criticality, forecastEnd == null ? null : day(forecastEnd), note,
                responsible, Timestamp.valueOf(LocalDateTime.now()), id, code, number)
            .update();
        return this;
      }

      PhaseRow proposing(String proposal) {
        jdbc.sql("update peg_campaign_phase set proposal = ? where campaign_id = ? and objective_code = ? and phase_number = ?")
            .params(proposal, id, code, number).update();
        return this;
      }

      /** The Dirigente's correction of the completion, kept beside the responsible's answer. */
      PhaseRow correctedTo(String completion, String note) {
        String manager = jdbc.sql("select manager_id from peg_objective where code = ?").param(code)
            .query(String.class).single();
        jdbc.sql("""
                update peg_campaign_phase set corrected_completion = ?, correction_note = ?, corrected_by = ?
                where campaign_id = ? and objective_code = ? and phase_number = ?""")
            .params(new BigDecimal(completion), note, manager, id, code, number).update();
        return this;
      }
    }

    final class DirigenteRow {
      private final String code;
      private final String manager;

      private DirigenteRow(String code, String manager) {
        this.code = code;
        this.manager = manager;
      }

      DirigenteRow answered(String comment) {
        jdbc.sql("""
                update peg_campaign_objective set state = 'ANSWERED', comment = ?, answered_by = ?, answered_at = ?
                where campaign_id = ? and objective_code = ?""")
            .params(comment, manager, Timestamp.valueOf(LocalDateTime.now()), id, code).update();
        return this;
      }

      DirigenteRow indicator(int number, String intermediateValue) {
        return indicator(number, intermediateValue, null);
      }

      DirigenteRow indicatorLeftEmpty(int number, String reason) {
        return indicator(number, null, reason);
      }

      private DirigenteRow indicator(int number, String value, String reason) {
        jdbc.sql("""
                insert into peg_campaign_indicator (campaign_id, objective_code, indicator_number, intermediate_value,
                  missing_reason) values (?, ?, ?, ?, ?)""")
            .params(id, code, number, value, reason).update();
        return this;
      }
    }
  }

  private static Date day(String iso) {
    return Date.valueOf(LocalDate.parse(iso));
  }
}
