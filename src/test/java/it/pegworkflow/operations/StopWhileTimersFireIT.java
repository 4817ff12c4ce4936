package it.pegworkflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.process.ProcessConstants;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar stopped with {@code kill} (SIGTERM, as {@code systemctl stop} or an upgrade does)
 * while hundreds of timers are firing: it stops without an error, no job fails or loses a retry, and
 * after the restart every timer has fired once.
 */
class StopWhileTimersFireIT {

  private static final int OBJECTIVES = 600;
  private static final int PHASES = 4;
  private static final String ADMIN = "stopadmin";
  private static final String PASSWORD = "Stop-Segreta-1";

  @TempDir Path work;

  @Test
  void onTheDefaultH2File() throws Exception {
    String file = "jdbc:h2:file:" + work.resolve("data/peg-workflow").toAbsolutePath();
    stopAndRestart(null, file, "sa", "h2");
  }

  @Test
  void onPostgres() throws Exception {
    String url = PostgresServer.freshDatabase("stop");
    stopAndRestart(url, url, PostgresServer.USER, "postgres");
  }

  /** {@code url} null: the application's own default database (an H2 file in its folder). */
  private void stopAndRestart(String url, String inspect, String user, String label) throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
    String prefix = today.getYear() + "_STOP";
    JarServer server = JarServer.start(url, user, work, "stop-" + label + "-1", ADMIN, PASSWORD);
    try {
      Http.Answer imported = Http.importSheet(server.port(), ADMIN, PASSWORD,
          Sheets.file(prefix, OBJECTIVES, Sheets.pastStart(today), Sheets.comingEnd(today)));
      assertThat(imported.status()).as(imported.body()).isEqualTo(201);
      // The job executor starts on the timers as the import commits, and the stop comes at once: the
      // 2,400 timers take many seconds to drain, so most are still due (asserted below, after the stop).
    } finally {
      server.stop();
    }
    assertThat(server.logText()).as("log of the stop, " + server.log())
        .doesNotContain(" ERROR ").doesNotContain("ENGINE-14006");

    try (Connection db = DriverManager.getConnection(inspect, user, "")) {
      assertThat(count(db, "select count(*) from ACT_RU_JOB where RETRIES_ < 3 or EXCEPTION_MSG_ is not null"))
          .as("jobs that failed or lost a retry").isZero();
      assertThat(count(db, "select count(*) from ACT_HI_JOB_LOG where JOB_EXCEPTION_MSG_ is not null"))
          .as("failures in the job log").isZero();
      long due = count(db, "select count(*) from ACT_RU_JOB where DUEDATE_ < CURRENT_TIMESTAMP");
      System.out.printf("Stop on %s: %d jobs due after the stop (%d jobs in all)%n", label, due,
          count(db, "select count(*) from ACT_RU_JOB"));
      assertThat(due).as("timers left due by the stop").isPositive();
    }

    JarServer again = JarServer.start(url, user, work, "stop-" + label + "-2", ADMIN, PASSWORD);
    try {
      Waiting.until(Duration.ofMinutes(3), () -> firedTimers(again) == OBJECTIVES * PHASES);
    } finally {
      again.stop();
    }
  }

  /** Phase start timers that ran, counted in Camunda's job log. */
  private static long firedTimers(JarServer server) {
    String count = Http.get(server.port(), "/engine-rest/history/job-log/count?successLog=true&activityIdIn=" + ProcessConstants.TIMER_PLANNED_START,
        ADMIN, PASSWORD).body();
    return Long.parseLong(count.replaceAll("\\D", ""));
  }

  private static long count(Connection db, String sql) throws SQLException {
    var result = db.createStatement().executeQuery(sql);
    result.next();
    return result.getLong(1);
  }
}
