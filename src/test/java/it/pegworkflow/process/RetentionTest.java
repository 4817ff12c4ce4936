package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;
import static it.pegworkflow.process.ProcessHarness.today;
import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.monitoring.MonitoredObjective;
import it.pegworkflow.objective.ObjectiveState;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import it.pegworkflow.platform.HistoricGrantsRepair;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Ten years on: the engine's history cleanup removes the history of the objectives that ended more
 * than their time to live ago, and nothing else; the year's results in our tables stay, so the
 * Relazione of that year can be made again. The cleanup removes every test's old history in this
 * database: the tests after this class get a database of their own.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RetentionTest extends ProcessTest {

  /** The models' camunda:historyTimeToLive. */
  private static final Duration TIME_TO_LIVE = Duration.ofDays(3650);
  private static final List<String> OUR_TABLES = List.of("peg_phase", "peg_indicator", "peg_phase_progress", "peg_plan_change");

  @Autowired HistoryService history;
  @Autowired AuthorizationService authorizations;
  @Autowired JdbcClient jdbc;

  @Test
  void theCleanupIsScheduledEveryNightInItsWindow() {
    List<Job> cleanup = history.findHistoryCleanupJobs();

    assertThat(cleanup).as("the engine schedules the cleanup at start-up when a window is configured").hasSize(1);
    LocalTime due = cleanup.get(0).getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
    assertThat(due).as("the window opens at 01:00 (PEG_HISTORY_CLEANUP_START)").isEqualTo(LocalTime.of(1, 0));
  }

  @Test
  void tenYearsAfterAnObjectiveEndedItsEngineHistoryGoesAndItsResultsStay() {
    today("2016-12-20");
    String finishedCode = code;
    String laterCode = ProcessHarness.newCode();
    String runningCode = ProcessHarness.newCode();
    ProcessInstance finished = instance(harness.importSheet(ProcessHarness.realSheet(finishedCode)));
    ProcessInstance laterFinished = instance(harness.importSheet(ProcessHarness.realSheet(laterCode)));
    ProcessInstance running = instance(harness.importSheet(ProcessHarness.realSheet(runningCode)));
    today("2017-03-01");
    List.of(finished, laterFinished, running).forEach(instance -> harness.runDueJobs(instance.getId()));
    today("2017-11-20");
    completeEveryPhase(finished);
    completeEveryPhase(laterFinished);
    report(finished);
    today("2018-06-01");
    report(laterFinished);

    assertThat(objectives.objective(finishedCode).orElseThrow().state()).isEqualTo(ObjectiveState.REPORTED);
    var ended = history.createHistoricProcessInstanceQuery().processInstanceId(finished.getId()).singleResult();
    assertThat(ended.getRemovalTime()).as("end + time to live, set when the objective ended")
        .isEqualTo(java.util.Date.from(ended.getEndTime().toInstant().plus(TIME_TO_LIVE)));
    Map<String, Long> finishedTrail = engineHistoryOf(finished.getId());
    assertThat(finishedTrail).as("the finished objective's history, before").allSatisfy((kind, rows) -> assertThat(rows).as(kind).isPositive());
    Map<String, Long> laterTrail = engineHistoryOf(laterFinished.getId());
    Map<String, Long> runningTrail = engineHistoryOf(running.getId());
    Map<String, List<Map<String, Object>>> results = ourRowsOf(finishedCode);
    MonitoredObjective reported = objectives.objective(finishedCode).orElseThrow();

    // 2017-11-20 + 3650 days = 2027-11-18: past for the first, not for the one that ended in June 2018.
    today("2028-01-15");
    cleanUpHistory();
    assertThat(history.findHistoryCleanupJobs()).as("the cleanup ran beside our history feed without failing")
        .allSatisfy(job -> assertThat(job.getExceptionMessage()).isNull());

    assertThat(engineHistoryOf(finished.getId())).as("the finished objective's history, after")
        .allSatisfy((kind, rows) -> assertThat(rows).as(kind).isZero());
    assertThat(engineHistoryOf(laterFinished.getId())).as("ended less than ten years ago").isEqualTo(laterTrail);
    assertThat(engineHistoryOf(running.getId())).as("still running").isEqualTo(runningTrail);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(running.getId()).count()).isOne();

    assertThat(ourRowsOf(finishedCode)).as("our tables keep the year's results").isEqualTo(results);
    assertThat(objectives.objectives(2017)).as("the year report's objectives")
        .filteredOn(o -> o.code().equals(finishedCode)).singleElement()
        .satisfies(o -> {
          assertThat(o.state()).isEqualTo(ObjectiveState.REPORTED);
          assertThat(o.score()).isEqualByComparingTo(reported.score());
          assertThat(o.band()).isEqualTo(reported.band());
        });
    assertThat(objectives.phases(2017)).filteredOn(p -> p.objectiveCode().equals(finishedCode)).hasSize(4);
    assertThat(objectives.indicators(2017)).filteredOn(i -> i.objectiveCode().equals(finishedCode)).hasSize(3);
  }

  @Test
  void theCleanupsOwnLogIsKeptThirtyDays() {
    today("2030-01-15");
    cleanUpHistory();
    assertThat(cleanupLog()).as("the night's runs are logged").isNotEmpty();

    today("2030-02-20");
    cleanUpHistory();

    assertThat(cleanupLog()).as("only the runs of the last 30 days").isNotEmpty()
        .allSatisfy(timestamp -> assertThat(timestamp).isAfter(java.time.Instant.parse("2030-01-21T00:00:00Z")));
  }

  private List<java.time.Instant> cleanupLog() {
    return history.createHistoricJobLogQuery().jobDefinitionType("history-cleanup").list().stream()
        .map(log -> log.getTimestamp().toInstant()).toList();
  }

  @Autowired HistoricGrantsRepair grantsRepair;

  /** Earlier versions saved them before the engine could find the objective's history: no removal time ever. */
  @Test
  void grantsOnAnObjectiveFromAnEarlierVersionAreTiedToItAtStartUp() {
    today("2016-12-20");
    ProcessInstance instance = instance(harness.importSheet(ProcessHarness.realSheet(code)));
    today("2017-03-01");
    harness.runDueJobs(instance.getId());
    today("2017-11-20");
    completeEveryPhase(instance);
    report(instance);
    jdbc.sql("update ACT_RU_AUTHORIZATION set ROOT_PROC_INST_ID_ = null, REMOVAL_TIME_ = null where RESOURCE_ID_ = ?")
        .param(instance.getId()).update();

    assertThat(grantsRepair.repair()).isEqualTo(2);

    var ended = history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(authorizations.createAuthorizationQuery().resourceId(instance.getId()).list()).hasSize(2)
        .allSatisfy(grant -> {
          assertThat(grant.getRootProcessInstanceId()).isEqualTo(instance.getId());
          assertThat(grant.getRemovalTime()).isEqualTo(ended.getRemovalTime());
        });
    assertThat(grantsRepair.repair()).as("nothing left to repair").isZero();
  }

  private void completeEveryPhase(ProcessInstance instance) {
    for (String phase : List.of("Attuazione proposta", "Stipula protocolli", "Promuovere l'integrazione", "Ricerca finanziamenti")) {
      harness.completePhase(harness.phaseTask(instance.getId(), phase), 100, "2017-11-20", "Fatto");
    }
  }

  /** Indicators, the Dirigente's word when the score is under 100, the Nucleo's approval: the objective ends. */
  private void report(ProcessInstance instance) {
    harness.recordIndicators(instance.getId(), "10/07/2017", "3/5", "120");
    harness.runDueJobs(instance.getId());
    for (var task : harness.tasksOf(instance.getId(), TASK_JUSTIFY_DEVIATION)) {
      tasks.complete(task.getId(), Map.of(DEVIATION_REASON, "Indicatore dei tempi presentato in ritardo"));
    }
    tasks.complete(harness.tasksOf(instance.getId(), TASK_VALIDATE_REPORT).get(0).getId(), Map.of(VALIDATION_APPROVED, true));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).as("ended").isZero();
  }

  /** The job the window would run at night, run now, again while it finds a full batch to remove. */
  private void cleanUpHistory() {
    history.cleanUpHistoryAsync(true);
    for (int run = 0; run < 100; run++) {
      List<Job> due = management.createJobQuery().executable().list().stream()
          .filter(job -> history.findHistoryCleanupJobs().stream().anyMatch(c -> c.getId().equals(job.getId()))).toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("The history cleanup keeps finding more to remove");
  }

  /** The engine's history rows of one objective, by kind. */
  private Map<String, Long> engineHistoryOf(String processInstanceId) {
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put("process instance", history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count());
    rows.put("activities", history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).count());
    rows.put("tasks", history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).count());
    rows.put("variables", history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).count());
    rows.put("details", history.createHistoricDetailQuery().processInstanceId(processInstanceId).count());
    rows.put("decisions", history.createHistoricDecisionInstanceQuery().processInstanceId(processInstanceId).count());
    rows.put("job log", history.createHistoricJobLogQuery().processInstanceId(processInstanceId).count());
    rows.put("grants", authorizations.createAuthorizationQuery().resourceId(processInstanceId).count());
    return rows;
  }

  /** The objective's rows in our tables, every column. */
  private Map<String, List<Map<String, Object>>> ourRowsOf(String objectiveCode) {
    Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
    rows.put("peg_objective", jdbc.sql("select * from peg_objective where code = ?").param(objectiveCode).query().listOfRows());
    for (String table : OUR_TABLES) {
      rows.put(table, jdbc.sql("select * from " + table + " where objective_code = ? order by 1, 2, 3")
          .param(objectiveCode).query().listOfRows());
    }
    return rows;
  }
}
