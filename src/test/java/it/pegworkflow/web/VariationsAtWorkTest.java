package it.pegworkflow.web;

import static it.pegworkflow.process.ProcessConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Giunta's variations on a running objective, sent as the reprinted sheet through the API, end to
 * end: the answer's diff, our tables (through the API), the engine (timers, tasks, assignees) and the
 * score at closure. The real Firenze sheet, imported on 10 January 2017: phases 1, 3 and 4 run since
 * 1 January, phase 2 (Giuseppina Bonanni) starts on 1 March and ends on 30 November.
 */
class VariationsAtWorkTest extends RunningApplication {

  static final String ACT = "Delibera G.C. n. 214 del 18/07/2017";
  static final String DIRIGENTE = "fotifilippo";
  static final String VERNA = "vernamarco";
  static final String BONANNI = "bonannigiuseppina";

  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;

  String code;
  String instanceId;
  String sheet;

  @BeforeEach
  void theRealSheetRunsSinceJanuary() {
    today("2017-01-10");
    code = newCode();
    sheet = realSheet(code);
    var imported = as(CONTROLLO).postText("/api/objectives", sheet);
    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    instanceId = imported.body().at("/objectives/0/processInstanceId").asText();
    runDueJobs(instanceId);
    for (String person : List.of(VERNA, BONANNI, "delmorosandra", DIRIGENTE)) {
      user(person);
    }
  }

  @Test
  void aFuturePhaseMovedStartsOnItsNewDay() {
    JsonNode diff = vary("2017-01-20", sheet.replace("01/03/2017\t30/11/2017", "01/04/2017\t30/11/2017"));

    assertThat(changes(diff)).containsExactly("2 plannedStart 2017-03-01 -> 2017-04-01");
    assertThat(phase(2).path("plannedStart").asText()).isEqualTo("2017-04-01");
    assertThat(startTimerOf(2)).isEqualTo(day("2017-04-01"));
    today("2017-03-15");
    runDueJobs(instanceId);
    assertThat(phaseTask(2)).as("not yet: the phase now starts in April").isNull();
    today("2017-04-02");
    runDueJobs(instanceId);
    assertThat(phaseTask(2).getAssignee()).isEqualTo(BONANNI);
  }

  @Test
  void aLatePhaseExtendedIsNoLongerLateAndItsWarningGoes() {
    today("2017-12-05");
    runDueJobs(instanceId);
    assertThat(phase(2).path("late").asBoolean()).isTrue();
    assertThat(tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(TASK_URGE_LATE_PHASE).count()).isEqualTo(1);

    JsonNode diff = vary("2017-12-05", sheet.replace("01/03/2017\t30/11/2017", "01/03/2017\t31/12/2017"));

    assertThat(changes(diff)).containsExactly("2 plannedEnd 2017-11-30 -> 2017-12-31");
    assertThat(phase(2).path("late").asBoolean()).isFalse();
    assertThat(tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(TASK_URGE_LATE_PHASE).count())
        .as("the Dirigente's warning is gone").isZero();
    assertThat(phaseTask(2).getDueDate()).isEqualTo(endOf("2017-12-31"));
    today("2018-01-02");
    runDueJobs(instanceId);
    assertThat(phase(2).path("late").asBoolean()).as("late again after the new end").isTrue();
  }

  @Test
  void anAddedPhaseRunsLikeTheOthersForANewResponsible() {
    String added = sheet.replace("01/01/2017\t31/12/2017\t30,00\tDEL MORO", "01/01/2017\t31/12/2017\t20,00\tDEL MORO")
        .replace("\nINDICATORI", """
            FASE\tCensimento delle strutture di accoglienza\t\t\t\t
            \tInizio Previsto\tFine Prevista\tPeso\tResponsabile\tCentro di Responsabilità
            \t01/06/2017\t30/09/2017\t10,00\tROSSI ANNA - P.O. ACCOGLIENZA\tSERVIZIO SOCIALE AMMINISTRATIV
            Note\t\t\t\t\t

            INDICATORI""");

    JsonNode diff = vary("2017-05-01", added);

    assertThat(changes(diff)).containsExactly("4 weight 30 -> 20", "5 phaseAdded null -> Censimento delle strutture di accoglienza");
    assertThat(identity.createUserQuery().userId("rossianna").count()).as("provisioned like at import").isEqualTo(1);
    assertThat(phase(5).path("state").asText()).isEqualTo("PLANNED");
    assertThat(startTimerOf(5)).isEqualTo(day("2017-06-01"));
    today("2017-06-02");
    runDueJobs(instanceId);
    Task task = phaseTask(5);
    assertThat(task.getAssignee()).isEqualTo("rossianna");
    assertThat(task.getDueDate()).isEqualTo(endOf("2017-09-30"));
    assertThat(phase(5).path("state").asText()).isEqualTo("RUNNING");
  }

  @Test
  void aRemovedPhaseEndsIsRecordedSoppressaAndNoLongerCounts() {
    String removed = sheet.replace("01/03/2017\t30/11/2017\t20,00", "01/03/2017\t30/11/2017\t40,00")
        .replaceAll("FASE\tPromuovere l'integrazione sociale[^\n]*\n[^\n]*\n[^\n]*\nNote[^\n]*\n", "");

    JsonNode diff = vary("2017-05-01", removed);

    assertThat(changes(diff)).containsExactly("2 weight 20 -> 40",
        "3 phaseRemoved Promuovere l'integrazione sociale degli stranieri con azioni che coniughino l'accoglienza con la tutela e il rispetto della legalità. -> null");
    assertThat(phaseTask(3)).as("its task ended").isNull();
    assertThat(phase(3).path("state").asText()).isEqualTo("REMOVED");
    assertThat(phase(3).path("stateLabel").asText()).isEqualTo("soppressa");

    concludeEveryPhase(Map.of(1, 100, 2, 100, 4, 100));
    recordIndicators(List.of("20/06/2017", "2/4", "120"));
    JsonNode objective = as(CONTROLLO).get("/api/objectives/" + code).body();
    assertThat(objective.at("/phasesScore").decimalValue()).as("100% of the phases still planned")
        .isEqualByComparingTo("100");
  }

  @Test
  void aNewResponsibleGetsTheTaskAndTheOldOneNoLongerSeesIt() {
    String taskId = phaseTask(1).getId();

    JsonNode diff = vary("2017-05-01", sheet.replace("VERNA MARCO - P.O. INCLUSIONE SOCIALE", "ROSSI ANNA - P.O. INCLUSIONE SOCIALE"));

    assertThat(changes(diff)).containsExactly(
        "1 responsible VERNA MARCO - P.O. INCLUSIONE SOCIALE -> ROSSI ANNA - P.O. INCLUSIONE SOCIALE");
    user("rossianna");
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("rossianna");
    assertThat(as("rossianna").get("/engine-rest/task/" + taskId).status()).isEqualTo(200);
    assertThat(as(VERNA).get("/engine-rest/task/" + taskId).status()).as("Marco Verna no longer reads it").isIn(403, 404);
    assertThat(as(VERNA).get("/engine-rest/task?processInstanceId=" + instanceId).body().size()).isZero();
    assertThat(phase(1).path("responsibleId").asText()).isEqualTo("rossianna");
  }

  @Test
  void theScoreAtClosureUsesTheWeightsAndTheTargetInForce() {
    String varied = sheet.replace("31/12/2017\t30,00\tVERNA", "31/12/2017\t40,00\tVERNA")
        .replace("31/12/2017\t30,00\tDEL MORO", "31/12/2017\t20,00\tDEL MORO")
        .replace("maggiore di 100", "maggiore di 50");

    JsonNode diff = vary("2017-07-18", varied);

    assertThat(changes(diff)).containsExactly("1 weight 30 -> 40", "4 weight 30 -> 20",
        "indicator 3 target maggiore di 100 -> maggiore di 50");
    concludeEveryPhase(Map.of(1, 100, 2, 50, 3, 100, 4, 0));
    recordIndicators(List.of("20/06/2017", "2/4", "80"));
    JsonNode objective = as(CONTROLLO).get("/api/objectives/" + code).body();
    assertThat(objective.at("/phasesScore").decimalValue()).as("40 + 10 + 20 + 0, not 30 + 10 + 20 + 0")
        .isEqualByComparingTo("70");
    assertThat(objective.at("/indicators/2/score").decimalValue()).as("80 is more than 50").isEqualByComparingTo("100");
  }

  @Test
  void aWithdrawnObjectiveEndsItsTasksAndStaysAsRitirato() {
    var answer = as(CONTROLLO).postText("/api/objectives/" + code + "/withdrawal?act=" + encode(ACT) + "&effective=2017-07-18", "");

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    assertThat(tasks.createTaskQuery().processInstanceId(instanceId).count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
    JsonNode objective = as(CONTROLLO).get("/api/objectives/" + code).body();
    assertThat(objective.at("/state").asText()).isEqualTo("WITHDRAWN");
    assertThat(objective.at("/stateLabel").asText()).isEqualTo("ritirato");
    assertThat(as(CONTROLLO).postText("/api/objectives/" + code + "/withdrawal?act=" + encode(ACT), "").status())
        .as("once is enough").isEqualTo(409);
  }

  @Test
  void aReassignmentMovesEveryOpenPhaseOfAPersonInEveryObjective() {
    // Giuseppina Bonanni under a name of this test's own: the database is shared with other tests' objectives.
    String given = PlanChangeTest.uniqueName();
    String leaving = "bonanni" + given.toLowerCase();
    List<String> instances = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      var imported = as(CONTROLLO).postText("/api/objectives", realSheet(newCode()).replace("BONANNI GIUSEPPINA", "BONANNI " + given));
      assertThat(imported.status()).as(imported.text()).isEqualTo(201);
      instances.add(imported.body().at("/objectives/0/processInstanceId").asText());
      runDueJobs(instances.get(i));
    }
    user("rossianna");

    var answer = as(CONTROLLO).postJson("/api/reassignments", Map.of("from", leaving, "to", "rossianna", "act", ACT));

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    for (String instance : instances) {
      assertThat(tasks.createTaskQuery().processInstanceId(instance).taskAssignee(leaving).count()).isZero();
      assertThat(tasks.createTaskQuery().processInstanceId(instance).taskAssignee("rossianna").count())
          .as("her running phase 3 (phase 2 starts in March)").isEqualTo(1);
    }
    today("2017-03-02");
    for (String instance : instances) {
      runDueJobs(instance);
      assertThat(tasks.createTaskQuery().processInstanceId(instance).taskAssignee("rossianna").count())
          .as("the phase not yet started follows too").isEqualTo(2);
    }
  }

  // --- the scene's words

  /** Sends {@code sheet} as a variation effective on {@code day} (the engine's today too), expects 200 and returns the answer. */
  private JsonNode vary(String day, String sheet) {
    today(day);
    var answer = as(CONTROLLO).postText("/api/variations?act=" + encode(ACT) + "&effective=" + day, sheet);
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    return answer.body();
  }

  /** The diff of this test's objective, a line per change: "phase attribute before -> after". */
  private List<String> changes(JsonNode diff) {
    List<String> lines = new ArrayList<>();
    diff.path("variations").forEach(v -> {
      assertThat(v.path("code").asText()).isEqualTo(code);
      v.path("changes").forEach(c -> lines.add((c.hasNonNull("indicator") ? "indicator " + c.path("indicator").asInt()
          : c.hasNonNull("phase") ? String.valueOf(c.path("phase").asInt()) : "objective")
          + " " + c.path("attribute").asText() + " " + text(c.path("before")) + " -> " + text(c.path("after"))));
    });
    return lines;
  }

  private static String text(JsonNode value) {
    return value.isNull() || value.isMissingNode() ? "null" : value.asText();
  }

  private JsonNode phase(int number) {
    for (JsonNode phase : as(CONTROLLO).get("/api/objectives/" + code).body().path("phases")) {
      if (phase.path("number").asInt() == number) {
        return phase;
      }
    }
    throw new AssertionError("No phase " + number);
  }

  private Task phaseTask(int number) {
    return tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(TASK_COMPLETE_PHASE).list().stream()
        .filter(t -> Integer.valueOf(number).equals(tasks.getVariable(t.getId(), PHASE_NUMBER))).findFirst().orElse(null);
  }

  /** The due date of the start timer of phase {@code number}, which waits for its planned start. */
  private Date startTimerOf(int number) {
    return management.createJobQuery().processInstanceId(instanceId).timers().list().stream()
        .filter(job -> runtime.createExecutionQuery().executionId(job.getExecutionId()).activityId("Timer_PlannedStartReached").count() == 1)
        .filter(job -> Integer.valueOf(number).equals(runtime.getVariable(job.getExecutionId(), PHASE_NUMBER)))
        .findFirst().orElseThrow(() -> new AssertionError("No start timer for phase " + number)).getDuedate();
  }

  /** Every running phase concluded with its completion on 20 July 2017, in the objective's year. */
  private void concludeEveryPhase(Map<Integer, Integer> completions) {
    today("2017-07-20");
    runDueJobs(instanceId);
    for (Task task : tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(TASK_COMPLETE_PHASE).list()) {
      int number = (Integer) tasks.getVariable(task.getId(), PHASE_NUMBER);
      tasks.complete(task.getId(), Map.of(PHASE_OUTCOME, OUTCOME_CONCLUDED, PHASE_COMPLETION, completions.get(number),
          PHASE_ACTUAL_END, "2017-07-20", PHASE_REPORT, "Relazione della fase " + number));
      runDueJobs(instanceId);
    }
  }

  private void recordIndicators(List<String> actuals) {
    for (Task indicator : tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(TASK_RECORD_INDICATOR).list()) {
      int number = (Integer) tasks.getVariable(indicator.getId(), INDICATOR_NUMBER);
      tasks.complete(indicator.getId(), Map.of(INDICATOR_ACTUAL, actuals.get(number - 1), INDICATOR_NOTE, "Nota " + number));
    }
    runDueJobs(instanceId);
  }

  private static Date day(String isoDay) {
    return Date.from(LocalDate.parse(isoDay).atStartOfDay(ROME).toInstant());
  }

  private static Date endOf(String isoDay) {
    return Date.from(LocalDateTime.of(LocalDate.parse(isoDay), java.time.LocalTime.of(23, 59, 59)).atZone(ROME).toInstant());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
