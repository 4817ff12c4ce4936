package it.pegworkflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar on PostgreSQL, killed with {@code kill -9} in the middle of a variation that moves
 * the end of every phase of 300 running objectives: after the restart all 300 are in the version
 * before or all in the version after, in our tables, in the trail of the variations and in the
 * engine (every phase task's due date is its phase's planned end); and the variation sent again
 * goes through.
 */
class VariationCrashIT {

  private static final int OBJECTIVES = 300;
  private static final int PHASES = 4;
  private static final String ADMIN = "varcrashadmin";
  private static final String PASSWORD = "Crash-Segreta-1";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");

  @TempDir Path work;

  @Test
  void aVariationOfThreeHundredObjectivesIsWholeOrAbsentAfterKill9() throws Exception {
    String url = PostgresServer.freshDatabase("varcrash");
    LocalDate today = LocalDate.now(ROME);
    LocalDate start = Sheets.pastStart(today);
    LocalDate end = Sheets.comingEnd(today);
    LocalDate movedEnd = end.minusDays(1);
    String prefix = today.getYear() + "_VAR";
    String path = "/api/variations?act=" + URLEncoder.encode("Delibera G.C. n. 214 del " + today, StandardCharsets.UTF_8)
        + "&effective=" + today;

    JarServer server = JarServer.start(url, PostgresServer.USER, work, "varcrash-1", ADMIN, PASSWORD);
    Http.Answer imported = Http.importSheet(server.port(), ADMIN, PASSWORD, Sheets.file(prefix, OBJECTIVES, start, end));
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    Waiting.until(Duration.ofMinutes(3), () -> phaseTaskDueDays(server.port(), prefix).size() == OBJECTIVES * PHASES);

    String variation = Sheets.file(prefix, OBJECTIVES, start, movedEnd);
    var sent = CompletableFuture.supplyAsync(() -> Http.postText(server.port(), path, ADMIN, PASSWORD, variation));
    // Killed as soon as the server says the variation is under way: its 1,200 phases take seconds more.
    Waiting.until(Duration.ofMinutes(1), () -> logSays(server, "Variation of " + OBJECTIVES + " objectives started"));
    assertThat(sent).as("the variation is still running when the server is killed").isNotDone();
    server.kill();
    assertThat(sent).failsWithin(Duration.ofSeconds(30));

    Map<LocalDate, Integer> plannedEnds = plannedEnds(url, prefix);
    int variations = count(url, "select count(*) from peg_variation");
    int changes = count(url, "select count(*) from peg_plan_change");
    System.out.printf("Variation killed on PostgreSQL: planned ends %s, %d variation rows, %d change rows%n",
        plannedEnds, variations, changes);
    boolean applied = plannedEnds.containsKey(movedEnd);
    assertThat(plannedEnds).as("every phase in one version").hasSize(1)
        .containsEntry(applied ? movedEnd : end, OBJECTIVES * PHASES);
    assertThat(variations).isEqualTo(applied ? 1 : 0);
    assertThat(changes).isEqualTo(applied ? OBJECTIVES * PHASES : 0);

    JarServer again = JarServer.start(url, PostgresServer.USER, work, "varcrash-2", ADMIN, PASSWORD);
    try {
      Map<String, LocalDate> dues = phaseTaskDueDays(again.port(), prefix);
      assertThat(dues).hasSize(OBJECTIVES * PHASES);
      assertThat(new HashSet<>(dues.values())).as("the engine's due dates follow the same version as our tables")
          .containsExactly(applied ? movedEnd : end);
      if (!applied) {
        Http.Answer resent = Http.postText(again.port(), path, ADMIN, PASSWORD, variation);
        assertThat(resent.status()).as(resent.body()).isEqualTo(200);
        assertThat(JSON.readTree(resent.body()).path("variations").size()).isEqualTo(OBJECTIVES);
        assertThat(new HashSet<>(phaseTaskDueDays(again.port(), prefix).values())).containsExactly(movedEnd);
      }
    } finally {
      again.stop();
    }
  }

  /** How many phases of the objectives under {@code prefix} end on each planned day, in our tables. */
  private static Map<LocalDate, Integer> plannedEnds(String url, String prefix) throws Exception {
    Map<LocalDate, Integer> ends = new HashMap<>();
    try (Connection db = DriverManager.getConnection(url, PostgresServer.USER, "");
        var query = db.prepareStatement("select planned_end, count(*) from peg_phase where objective_code like ? group by planned_end")) {
      query.setString(1, prefix + "%");
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ends.put(rows.getDate(1).toLocalDate(), rows.getInt(2));
        }
      }
    }
    return ends;
  }

  private static int count(String url, String sql) throws Exception {
    try (Connection db = DriverManager.getConnection(url, PostgresServer.USER, "");
        ResultSet rows = db.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getInt(1);
    }
  }

  /** The due day (in Rome) of every open phase task of the objectives under {@code prefix}, by task id. */
  private static Map<String, LocalDate> phaseTaskDueDays(int port, String prefix) {
    try {
      JsonNode tasks = JSON.readTree(Http.get(port, "/engine-rest/task?processDefinitionKey=PegObjective"
          + "&taskDefinitionKey=Task_CompletePhase&processInstanceBusinessKeyLike=" + prefix + "%25&maxResults=10000",
          ADMIN, PASSWORD).body());
      Map<String, LocalDate> dues = new HashMap<>();
      tasks.forEach(t -> {
        dues.put(t.path("id").asText(), java.time.OffsetDateTime.parse(t.path("due").asText(),
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).atZoneSameInstant(ROME).toLocalDate());
      });
      return dues;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean logSays(JarServer server, String line) {
    try {
      return server.logText().contains(line);
    } catch (IOException e) {
      return false;
    }
  }
}
