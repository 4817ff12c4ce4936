package it.pegworkflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar killed with {@code kill -9} twice on the same database (the jar's default H2
 * file, then PostgreSQL): first while people complete their phases, and every completion that had
 * answered 204 (and the import that had answered 201) is there after the restart; then in the
 * middle of a large import, and every objective of the file is there whole with its process, or not
 * at all; a timer that fell due while the server was down fires after.
 */
class CrashIT {

  private static final int OBJECTIVES = 300;
  /** Objectives whose running phases people complete when the server is killed: four phases each. */
  private static final int WORKED_OBJECTIVES = 30;
  /** Completions acknowledged before the kill: H2's old 500 ms write delay lost the last of them. */
  private static final int ACKNOWLEDGED_BEFORE_KILL = 30;
  private static final String ADMIN = "crashadmin";
  private static final String PASSWORD = "Crash-Segreta-1";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;

  /** The jar's own default database: the H2 file {@code ./data/peg-workflow} with {@code peg.h2-settings}. */
  @Test
  void onTheDefaultH2File() throws Exception {
    String file = "jdbc:h2:file:" + work.resolve("data/peg-workflow").toAbsolutePath();
    crashAndRestart(null, file, "sa", "h2");
  }

  @Test
  void onPostgres() throws Exception {
    String url = PostgresServer.freshDatabase("crash");
    crashAndRestart(url, url, PostgresServer.USER, "postgres");
  }

  /** {@code url}: the jar's database (null: its default); {@code jdbc}: where the test reaches it while the jar is down. */
  private void crashAndRestart(String url, String jdbc, String user, String label) throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
    LocalDate start = today.plusDays(5);
    String timerCode = start.getYear() + "_LATER";
    String prefix = today.getYear() + "_BIG";
    String bigFile = Sheets.file(prefix, OBJECTIVES, Sheets.pastStart(today), Sheets.comingEnd(today));

    JarServer server = JarServer.start(url, user, work, "crash-" + label + "-1", ADMIN, PASSWORD);
    Http.Answer later = Http.importSheet(server.port(), ADMIN, PASSWORD, Sheets.objective(timerCode, start, start.plusDays(5)));
    assertThat(later.status()).as(later.body()).isEqualTo(201);
    String laterInstance = JSON.readTree(later.body()).at("/objectives/0/processInstanceId").asText();
    JarServer restarted = killedWhilePhasesAreCompleted(server, url, user, work, label, today);

    var big = CompletableFuture.supplyAsync(() -> Http.importSheet(restarted.port(), ADMIN, PASSWORD, bigFile));
    // Killed as soon as the server says the import is under way: its 300 objectives take seconds more.
    Waiting.until(Duration.ofMinutes(1), () -> logSays(restarted, "Import of " + OBJECTIVES + " objectives started"));
    assertThat(big).as("the import is still running when the server is killed").isNotDone();
    restarted.kill();
    assertThat(big).failsWithin(Duration.ofSeconds(30));

    // While the server is down, the day of the phases' start comes (the timers' due date moves to the past).
    try (Connection db = DriverManager.getConnection(jdbc, user, "")) {
      var due = db.prepareStatement("update ACT_RU_JOB set DUEDATE_ = ? where PROCESS_INSTANCE_ID_ = ?");
      due.setTimestamp(1, new Timestamp(System.currentTimeMillis() - 60_000));
      due.setString(2, laterInstance);
      assertThat(due.executeUpdate()).as("the four start timers of %s", timerCode).isEqualTo(4);
    }

    JarServer again = JarServer.start(url, user, work, "crash-" + label + "-3", ADMIN, PASSWORD);
    try {
      JsonNode objectives = JSON.readTree(Http.get(again.port(), "/api/objectives", ADMIN, PASSWORD).body());
      Set<String> stored = new HashSet<>();
      objectives.forEach(o -> {
        if (o.path("code").asText().startsWith(prefix)) {
          stored.add(o.path("code").asText());
          assertThat(o.path("processInstanceId").asText()).as("instance of " + o.path("code")).isNotBlank();
        }
      });
      JsonNode instances = JSON.readTree(Http.get(again.port(),
          "/engine-rest/history/process-instance?processDefinitionKey=PegObjective&maxResults=10000", ADMIN, PASSWORD).body());
      Set<String> started = new HashSet<>();
      instances.forEach(i -> {
        if (i.path("businessKey").asText().startsWith(prefix)) {
          started.add(i.path("businessKey").asText());
        }
      });
      assertThat(started).as("objectives with an instance = objectives stored").isEqualTo(stored);
      for (String code : stored) {
        assertThat(JSON.readTree(Http.get(again.port(), "/api/objectives/" + code, ADMIN, PASSWORD).body())
            .path("phases").size()).as(code).isEqualTo(4);
      }
      System.out.printf("Crash on %s: %d of %d objectives of the killed import stored (all or none expected)%n",
          label, stored.size(), OBJECTIVES);
      assertThat(stored.size()).isIn(0, OBJECTIVES);

      Waiting.until(Duration.ofMinutes(2), () -> runningPhases(again.port(), timerCode) == 4);

      if (stored.isEmpty()) {
        Http.Answer reimported = Http.importSheet(again.port(), ADMIN, PASSWORD, bigFile);
        assertThat(reimported.status()).as(reimported.body()).isEqualTo(201);
        assertThat(JSON.readTree(reimported.body()).path("objectives").size()).isEqualTo(OBJECTIVES);
      }
    } finally {
      again.stop();
    }
  }

  /**
   * Imports objectives whose phases are all open, completes them with a few clients at once and
   * kills the server right after the {@value #ACKNOWLEDGED_BEFORE_KILL}th completion answered 204;
   * then starts it again and finds every acknowledged completion done. Returns the new server.
   */
  private static JarServer killedWhilePhasesAreCompleted(JarServer server, String url, String user, Path work,
      String label, LocalDate today) throws Exception {
    String prefix = today.getYear() + "_WORK";
    Http.Answer imported = Http.importSheet(server.port(), ADMIN, PASSWORD,
        Sheets.file(prefix, WORKED_OBJECTIVES, Sheets.pastStart(today), Sheets.comingEnd(today)));
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    List<String> phaseTasks = openPhaseTasks(server.port(), prefix, WORKED_OBJECTIVES * 4);

    Set<String> acknowledged;
    try (var completions = new AcknowledgedCompletions(server.port(), ADMIN, PASSWORD, phaseTasks, today.toString())) {
      try {
        completions.awaitAtLeast(ACKNOWLEDGED_BEFORE_KILL, Duration.ofMinutes(1));
      } finally {
        server.kill();
      }
      acknowledged = completions.acknowledged();
    }
    assertThat(acknowledged).as("phases were still being completed when the server was killed")
        .hasSizeLessThan(phaseTasks.size());

    JarServer again = JarServer.start(url, user, work, "crash-" + label + "-2", ADMIN, PASSWORD);
    try {
      Set<String> completed = completedPhaseTasks(again.port(), prefix);
      System.out.printf("Crash on %s: %d phase completions answered 204 before kill -9, %d of them lost%n",
          label, acknowledged.size(), acknowledged.stream().filter(id -> !completed.contains(id)).count());
      assertThat(completed).as("every completion that answered 204 before the kill").containsAll(acknowledged);
      List<String> codes = new ArrayList<>();
      JSON.readTree(Http.get(again.port(), "/api/objectives", ADMIN, PASSWORD).body())
          .forEach(o -> codes.add(o.path("code").asText()));
      assertThat(codes.stream().filter(c -> c.startsWith(prefix))).as("the import that answered 201")
          .hasSize(WORKED_OBJECTIVES);
      return again;
    } catch (AssertionError | RuntimeException e) {
      again.stop();
      throw e;
    }
  }

  /** The phase tasks of the objectives under {@code prefix}, once the job executor has opened all {@code count}. */
  private static List<String> openPhaseTasks(int port, String prefix, int count) throws InterruptedException {
    String path = "/engine-rest/task?processDefinitionKey=PegObjective&taskDefinitionKey=Task_CompletePhase"
        + "&processInstanceBusinessKeyLike=" + prefix + "%25&maxResults=10000";
    Waiting.until(Duration.ofMinutes(2), () -> json(port, path).size() == count);
    List<String> ids = new ArrayList<>();
    json(port, path).forEach(t -> ids.add(t.path("id").asText()));
    return ids;
  }

  private static Set<String> completedPhaseTasks(int port, String prefix) {
    Set<String> ids = new HashSet<>();
    json(port, "/engine-rest/history/task?processDefinitionKey=PegObjective&taskDefinitionKey=Task_CompletePhase"
        + "&processInstanceBusinessKeyLike=" + prefix + "%25&finished=true&maxResults=10000").forEach(t -> {
          if ("completed".equals(t.path("deleteReason").asText())) {
            ids.add(t.path("id").asText());
          }
        });
    return ids;
  }

  private static JsonNode json(int port, String path) {
    try {
      return JSON.readTree(Http.get(port, path, ADMIN, PASSWORD).body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long runningPhases(int port, String code) {
    try {
      JsonNode detail = JSON.readTree(Http.get(port, "/api/objectives/" + code, ADMIN, PASSWORD).body());
      List<String> states = new ArrayList<>();
      detail.path("phases").forEach(p -> states.add(p.path("state").asText()));
      return states.stream().filter("RUNNING"::equals).count();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean logSays(JarServer server, String line) {
    try {
      return server.logText().contains(line);
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
