package it.pegworkflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.process.ProcessConstants;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes of the application on one PostgreSQL, as Camunda 7 clusters: each with its own port,
 * engine name and job executor (on), sharing nothing but the database.
 */
class TwoNodesIT {

  private static final int OBJECTIVES = 100;
  private static final int PHASES = 4;
  private static final String ADMIN = "nodesadmin";
  private static final String PASSWORD = "Nodi-Segreta-1";
  private static ConfigurableApplicationContext nodeA;
  private static ConfigurableApplicationContext nodeB;

  @BeforeAll
  static void startTwoNodes() {
    String url = PostgresServer.freshDatabase("twonodes");
    nodeA = node("nodeA", url);
    nodeB = node("nodeB", url);
  }

  @AfterAll
  static void stopThem() {
    if (nodeB != null) {
      nodeB.close();
    }
    if (nodeA != null) {
      nodeA.close();
    }
  }

  private static ConfigurableApplicationContext node(String name, String url) {
    // the job log says which node ran each job
    return InProcessNode.start(name, url, ADMIN, PASSWORD, "--camunda.bpm.generic-properties.properties.hostname=" + name);
  }


  @Test
  void hundredsOfTimersDueTogetherFireOnceEachAcrossBothNodes() throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
    String year = today.getYear() + "_";
    LocalDate start = Sheets.pastStart(today);
    LocalDate end = Sheets.comingEnd(today);
    long began = System.nanoTime();

    // Two files at once, one per node, naming the same people (not yet users): both come in.
    var onA = CompletableFuture.supplyAsync(() ->
        Http.importSheet(InProcessNode.port(nodeA), ADMIN, PASSWORD, Sheets.file(year + "NA", OBJECTIVES / 2, start, end)));
    var onB = CompletableFuture.supplyAsync(() ->
        Http.importSheet(InProcessNode.port(nodeB), ADMIN, PASSWORD, Sheets.file(year + "NB", OBJECTIVES / 2, start, end)));
    assertThat(onA.get().status()).as(onA.get().body()).isEqualTo(201);
    assertThat(onB.get().status()).as(onB.get().body()).isEqualTo(201);
    long imported = System.nanoTime();

    HistoryService history = nodeA.getBean(HistoryService.class);
    ManagementService management = nodeA.getBean(ManagementService.class);
    Waiting.until(Duration.ofMinutes(3), () -> history.createHistoricTaskInstanceQuery()
        .taskDefinitionKey(ProcessConstants.TASK_COMPLETE_PHASE).count() >= OBJECTIVES * PHASES
        && management.createJobQuery().executable().count() == 0);
    long fired = System.nanoTime();

    List<HistoricJobLog> startTimers = history.createHistoricJobLogQuery()
        .activityIdIn(ProcessConstants.TIMER_PLANNED_START).successLog().list();
    Map<String, Long> firingsPerJob = startTimers.stream()
        .collect(Collectors.groupingBy(HistoricJobLog::getJobId, Collectors.counting()));
    assertThat(firingsPerJob).hasSize(OBJECTIVES * PHASES);
    assertThat(firingsPerJob.values()).allMatch(times -> times == 1, "every timer fired exactly once");
    Map<String, Long> perNode = startTimers.stream()
        .collect(Collectors.groupingBy(HistoricJobLog::getHostname, Collectors.counting()));
    // Which node takes how many is the executors' race (one may take them all on a busy machine):
    // what must hold is that each timer fired once, whoever ran it. The split is printed below.
    assertThat(perNode.keySet()).isSubsetOf("nodeA", "nodeB");

    assertThat(management.createJobQuery().withException().count()).as("jobs with an exception").isZero();
    assertThat(management.createJobQuery().noRetriesLeft().count()).as("failed jobs").isZero();
    assertThat(nodeA.getBean(RuntimeService.class).createIncidentQuery().count()).as("incidents").isZero();

    List<HistoricTaskInstance> phaseTasks = history.createHistoricTaskInstanceQuery()
        .taskDefinitionKey(ProcessConstants.TASK_COMPLETE_PHASE).list();
    assertThat(phaseTasks).hasSize(OBJECTIVES * PHASES);
    assertThat(phaseTasks.stream().map(t -> t.getProcessInstanceId() + "/" + t.getName()).distinct())
        .as("one task per phase, none twice").hasSize(OBJECTIVES * PHASES);
    Integer running = nodeB.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
        .sql("select count(*) from peg_phase where state = 'RUNNING'").query(Integer.class).single();
    assertThat(running).isEqualTo(OBJECTIVES * PHASES);
    long retried = history.createHistoricJobLogQuery().failureLog().count();

    System.out.printf("Two nodes: %d objectives imported in %d ms, %d due timers fired in %d ms more "
            + "(per node %s), %d failure log entries (retried), 0 failed jobs%n",
        OBJECTIVES, (imported - began) / 1_000_000, startTimers.size(), (fired - imported) / 1_000_000, perNode, retried);
  }

  @Test
  void theSameObjectiveImportedOnBothNodesAtOnceGivesOneInstanceAndOne409() throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
    for (int round = 1; round <= 5; round++) {
      String code = today.getYear() + "_DUP" + round;
      String sheet = Sheets.objective(code, Sheets.pastStart(today), Sheets.comingEnd(today));
      var onA = CompletableFuture.supplyAsync(() -> Http.importSheet(InProcessNode.port(nodeA), ADMIN, PASSWORD, sheet));
      var onB = CompletableFuture.supplyAsync(() -> Http.importSheet(InProcessNode.port(nodeB), ADMIN, PASSWORD, sheet));
      List<Integer> statuses = List.of(onA.get().status(), onB.get().status());

      assertThat(statuses).as(onA.get().body() + "\n" + onB.get().body()).containsExactlyInAnyOrder(201, 409);
      assertThat(nodeA.getBean(HistoryService.class).createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(code).count()).isEqualTo(1);
    }
  }
}
