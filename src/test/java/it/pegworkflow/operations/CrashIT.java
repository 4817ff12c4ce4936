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
 * The packaged jar killed with {@code kill -9} in the middle of a large import, then started again
 * on the same database (an H2 file, then PostgreSQL): every objective of the file is there whole
 * with its process, or not at all; a timer that fell due while the server was down fires after.
 */
class CrashIT {

  private static final int OBJECTIVES = 300;
  private static final String ADMIN = "crashadmin";
  private static final String PASSWORD = "Crash-Segreta-1";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;

  @Test
  void onAnH2File() throws Exception {
    String url = "jdbc:h2:file:" + work.resolve("data/peg").toAbsolutePath() + ";AUTO_SERVER=FALSE";
    crashAndRestart(url, "sa", "h2");
  }

  @Test
  void onPostgres() throws Exception {
    crashAndRestart(PostgresServer.freshDatabase("crash"), PostgresServer.USER, "postgres");
  }

  private void crashAndRestart(String url, String user, String label) throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
    LocalDate start = today.plusDays(5);
    String timerCode = start.getYear() + "_LATER";
    String prefix = today.getYear() + "_BIG";
    String bigFile = Sheets.file(prefix, OBJECTIVES, Sheets.pastStart(today), Sheets.comingEnd(today));

    JarServer server = JarServer.start(url, user, work, "crash-" + label + "-1", ADMIN, PASSWORD);
    Http.Answer later = Http.importSheet(server.port(), ADMIN, PASSWORD, Sheets.objective(timerCode, start, start.plusDays(5)));
    assertThat(later.status()).as(later.body()).isEqualTo(201);
    String laterInstance = JSON.readTree(later.body()).at("/objectives/0/processInstanceId").asText();

    var big = CompletableFuture.supplyAsync(() -> Http.importSheet(server.port(), ADMIN, PASSWORD, bigFile));
    Thread.sleep(1_500);
    assertThat(big).as("the import is still running when the server is killed").isNotDone();
    server.kill();
    assertThat(big).failsWithin(Duration.ofSeconds(30));

    // While the server is down, the day of the phases' start comes (the timers' due date moves to the past).
    try (Connection db = DriverManager.getConnection(url, user, "")) {
      var due = db.prepareStatement("update ACT_RU_JOB set DUEDATE_ = ? where PROCESS_INSTANCE_ID_ = ?");
      due.setTimestamp(1, new Timestamp(System.currentTimeMillis() - 60_000));
      due.setString(2, laterInstance);
      assertThat(due.executeUpdate()).as("the four start timers of %s", timerCode).isEqualTo(4);
    }

    JarServer again = JarServer.start(url, user, work, "crash-" + label + "-2", ADMIN, PASSWORD);
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
}
