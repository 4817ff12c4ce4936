package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;
import static it.pegworkflow.process.ProcessHarness.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.pegworkflow.objective.Target;
import it.pegworkflow.store.IndicatorRow;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An indicator's target is read once, at import, and kept with it: the form's hint, the check of the
 * value the Dirigente records and the score all follow that stored target, whatever the words of
 * the sheet would be read as today.
 */
class StoredTargetTest extends ProcessTest {

  /** What «entro il 30 Giugno» was read as at import, and what the changed words read as today. */
  static final Target AT_IMPORT = new Target.Deadline(LocalDate.of(2017, 6, 30));
  static final String READ_DIFFERENTLY_TODAY = "maggiore o uguale a 90,00%";

  @Autowired JdbcClient jdbc;
  @Autowired FlywayMigrationStrategy migrations;
  @Autowired Flyway flyway;

  @Test
  void aRunningObjectiveKeepsTheTargetReadAtItsImport() {
    today("2016-12-20");
    var imported = harness.importSheet(ProcessHarness.sheet("sheets/one-deadline.txt").replace("CODICE", code));
    assertThat(store.indicator(code, 1).target()).isEqualTo(AT_IMPORT);

    // A release whose reader reads the sheet's words differently: to any code that reads the words
    // again, changing the words under the running objective is the same as changing the reader.
    jdbc.sql("update peg_indicator set expected_value = ? where objective_code = ?")
        .params(READ_DIFFERENTLY_TODAY, code).update();
    String instance = imported.processInstanceId();
    today("2017-01-02");
    harness.runDueJobs(instance);
    harness.completePhase(harness.phaseTask(instance, "Unica fase"), 100, "2017-01-02", "Fatto");

    Task indicator = harness.tasksOf(instance, TASK_RECORD_INDICATOR).get(0);
    assertThat(tasks.getVariable(indicator.getId(), INDICATOR_HINT)).isEqualTo("una data (gg/mm/aaaa)");
    assertThat(tasks.getVariable(indicator.getId(), INDICATOR_EXPECTED)).isEqualTo(READ_DIFFERENTLY_TODAY);

    assertThatThrownBy(() -> tasks.complete(indicator.getId(), Map.of(INDICATOR_ACTUAL, "95%")))
        .rootCause().isInstanceOf(TaskInputException.class)
        .hasMessage("Indicatore 1: Valore «95%» non valido: serve una data (gg/mm/aaaa)");
    harness.recordIndicators(instance, "05/07/2017");
    harness.runDueJobs(instance);

    // 5 days after the stored deadline: 95; read as «at least 90%», 05/07/2017 could not be scored.
    IndicatorRow scored = store.indicator(code, 1);
    assertThat(scored.score()).isEqualByComparingTo("95");
    assertThat(scored.target()).isEqualTo(AT_IMPORT);
    assertThat(runtime.getVariable(instance, INDICATORS_SCORE)).isEqualTo(95.0);
  }

  @Test
  void anIndicatorImportedBeforeTargetsWereStoredGetsOneAtStartUpAndAStoredOneIsNeverReadAgain() {
    today("2016-12-20");
    harness.importSheet(ProcessHarness.sheet("sheets/one-deadline.txt").replace("CODICE", code));
    String other = ProcessHarness.newCode();
    harness.importSheet(ProcessHarness.sheet("sheets/one-deadline.txt").replace("CODICE", other));
    // As the migration leaves a row imported before it: the words, no target.
    jdbc.sql("""
            update peg_indicator set target_kind = null, target_comparison = null, target_date = null
            where objective_code = ?""").param(code).update();
    // The other objective's words changed after its target was stored.
    jdbc.sql("update peg_indicator set expected_value = ? where objective_code = ?")
        .params(READ_DIFFERENTLY_TODAY, other).update();

    migrations.migrate(flyway);

    assertThat(store.indicator(code, 1).target()).isEqualTo(AT_IMPORT);
    assertThat(store.indicator(other, 1).target()).isEqualTo(AT_IMPORT);
  }
}
