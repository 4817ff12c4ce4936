package it.pegworkflow.store;

import it.pegworkflow.objective.ObjectiveState;
import it.pegworkflow.objective.PhaseState;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes what happens to an objective while its process runs, in the engine's transaction. */
@Repository
public class ProgressStore {

  private final JdbcClient jdbc;

  public ProgressStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void phaseState(String code, int number, PhaseState state) {
    jdbc.sql("update peg_phase set state = ? where objective_code = ? and phase_number = ?")
        .params(state.name(), code, number).update();
  }

  public void phaseLate(String code, int number, boolean late) {
    jdbc.sql("update peg_phase set late = ? where objective_code = ? and phase_number = ?")
        .params(late, code, number).update();
  }

  public void phaseReported(String code, int number, BigDecimal completion, LocalDate actualEnd, String report) {
    jdbc.sql("""
            update peg_phase set state = ?, completion = ?, actual_end = ?, report = ?
            where objective_code = ? and phase_number = ?""")
        .params(PhaseState.COMPLETED.name(), completion, actualEnd, report, code, number).update();
  }

  /** A progress update on a running phase: a new row, the phase's own columns untouched. */
  public void progressRecorded(String code, int number, java.time.Instant at, String authorId, BigDecimal completion,
      LocalDate forecastEnd, String note) {
    jdbc.sql("""
            insert into peg_phase_progress (objective_code, phase_number, recorded_at, author_id, completion, forecast_end, note)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(code, number, java.sql.Timestamp.from(at), authorId, completion, forecastEnd, note).update();
  }

  /** A completed phase reopened: running again, its final values gone until it is concluded again. */
  public void phaseReopened(String code, int number) {
    jdbc.sql("""
            update peg_phase set state = ?, completion = null, actual_end = null, report = null
            where objective_code = ? and phase_number = ?""")
        .params(PhaseState.RUNNING.name(), code, number).update();
  }

  public void phaseClosedUnfinished(String code, int number, BigDecimal lastCompletion) {
    jdbc.sql("update peg_phase set state = ?, completion = ? where objective_code = ? and phase_number = ?")
        .params(PhaseState.NOT_COMPLETED.name(), lastCompletion, code, number).update();
  }

  public void indicatorRecorded(String code, int number, String actualValue, String note) {
    jdbc.sql("update peg_indicator set actual_value = ?, note = ?, score = null where objective_code = ? and indicator_number = ?")
        .params(actualValue, note, code, number).update();
  }

  /** The Dirigente's correction of a phase the Nucleo sent back: what was reported changes, not the phase's state. */
  public void phaseRevised(String code, int number, BigDecimal completion, LocalDate actualEnd, String report) {
    jdbc.sql("update peg_phase set completion = ?, actual_end = ?, report = ? where objective_code = ? and phase_number = ?")
        .params(completion, actualEnd, report, code, number).update();
  }

  public void indicatorScored(String code, int number, BigDecimal score) {
    jdbc.sql("update peg_indicator set score = ? where objective_code = ? and indicator_number = ?")
        .params(score, code, number).update();
  }

  public void objectiveState(String code, ObjectiveState state) {
    jdbc.sql("update peg_objective set state = ? where code = ?").params(state.name(), code).update();
  }

  public void objectiveScored(String code, BigDecimal phases, BigDecimal indicators, BigDecimal total) {
    jdbc.sql("update peg_objective set phases_score = ?, indicators_score = ?, score = ?, band = null where code = ?")
        .params(phases, indicators, total, code).update();
  }

  public void objectiveBand(String code, String band) {
    jdbc.sql("update peg_objective set band = ? where code = ?").params(band, code).update();
  }

  public void deviationJustified(String code, String reason) {
    jdbc.sql("update peg_objective set deviation_reason = ? where code = ?").params(reason, code).update();
  }

  public void validationNote(String code, String note) {
    jdbc.sql("update peg_objective set validation_note = ? where code = ?").params(note, code).update();
  }
}
