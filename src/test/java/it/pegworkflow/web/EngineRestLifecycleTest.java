package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import it.pegworkflow.process.ProcessConstants;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * One objective from import to validation, driven only over {@code /engine-rest} by the people of
 * the sheet with their own credentials; only time (clock and due jobs) is moved in-process.
 */
class EngineRestLifecycleTest extends RunningApplication {

  private static final String NUCLEO = "nucleotest";

  /*
   * Expected scores, by hand (2017_ZN02: weights 30, 20, 20, 30; three indicators):
   *   phases:     phase 1 100%, phase 2 100% (late), phase 3 80%, phase 4 50%
   *               (30*100 + 20*100 + 20*80 + 30*50) / 100 = (3000 + 2000 + 1600 + 1500) / 100 = 81.00
   *   indicators: 1. "entro il 30 Giugno", done 05/07/2017: 5 days late -> 100 - 5 = 95
   *               2. "2/4", actual 1/4: 0.25 / 0.50 * 100 = 50
   *               3. "maggiore di 100", actual 80: not met -> 80 / 100 * 100 = 80
   *               mean (95 + 50 + 80) / 3 = 75.00
   *   objective:  0.5 * 81 + 0.5 * 75 = 78.00 -> band "parzialmente raggiunto" (60 <= 78 < 95),
   *               below 100 so the Dirigente must justify the deviation before the Nucleo validates.
   */
  @Test
  void theRealObjectiveRunsToItsReportOverTheEngineRestApi() {
    today("2016-12-15");
    String code = newCode();
    Api.Answer imported = as(CONTROLLO).postText("/api/objectives", realSheet(code));
    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    String instanceId = imported.body().path("objectives").get(0).path("processInstanceId").asText();
    Api verna = person("vernamarco");
    Api bonanni = person("bonannigiuseppina");
    Api delMoro = person("delmorosandra");
    Api foti = person("fotifilippo");
    user(NUCLEO, ProcessConstants.NUCLEO_GROUP);
    Api nucleo = as(NUCLEO);

    runDueJobs(instanceId);
    assertThat(tasks(verna, code, "assignee=vernamarco")).isEmpty();

    // March 2nd: every phase has reached its planned start (January 1st, and March 1st for phase 2).
    today("2017-03-02");
    runDueJobs(instanceId);
    assertThat(tasks(verna, code, "assignee=vernamarco")).extracting(this::phaseNumber).containsExactly(1);
    assertThat(tasks(bonanni, code, "assignee=bonannigiuseppina")).extracting(this::phaseNumber)
        .containsExactlyInAnyOrder(2, 3);
    assertThat(tasks(delMoro, code, "assignee=delmorosandra")).extracting(this::phaseNumber).containsExactly(4);
    assertThat(detail(code).path("phases")).extracting(p -> p.path("state").asText()).containsOnly("RUNNING");

    today("2017-06-15");
    completePhase(bonanni, code, 3, 80, "2017-06-15", "Azioni di integrazione avviate in tre quartieri");

    // December 5th: phase 2 ended on November 30th and is flagged late; the Dirigente is asked to urge it.
    today("2017-12-05");
    runDueJobs(instanceId);
    assertThat(tasks(foti, code, "assignee=fotifilippo")).extracting(t -> t.path("taskDefinitionKey").asText())
        .containsExactly(ProcessConstants.TASK_URGE_LATE_PHASE);
    completePhase(bonanni, code, 2, 100, "2017-12-04", "Protocolli stipulati con due strutture");
    completePhase(verna, code, 1, 100, "2017-12-05", "Progetto FEAD attuato");
    completePhase(delMoro, code, 4, 50, "2017-12-05", "Due bandi su quattro");

    // The phases are over: the Dirigente records the three indicators (the urge task went with its phase).
    List<JsonNode> indicatorTasks = tasks(foti, code, "assignee=fotifilippo");
    assertThat(indicatorTasks).extracting(t -> t.path("taskDefinitionKey").asText())
        .containsOnly(ProcessConstants.TASK_RECORD_INDICATOR).hasSize(3);
    Map<Integer, String> actuals = Map.of(1, "05/07/2017", 2, "1/4", 3, "80");
    for (JsonNode task : indicatorTasks) {
      int number = variable(foti, task, ProcessConstants.INDICATOR_NUMBER).asInt();
      complete(foti, task, Map.of(ProcessConstants.INDICATOR_ACTUAL, actuals.get(number),
          ProcessConstants.INDICATOR_NOTE, "Rilevato dal Dirigente (" + number + ")"));
    }

    // The score is computed asynchronously.
    assertThat(tasks(foti, code, "")).isEmpty();
    runDueJobs(instanceId);

    JsonNode justify = single(tasks(foti, code, "assignee=fotifilippo"));
    assertThat(justify.path("taskDefinitionKey").asText()).isEqualTo(ProcessConstants.TASK_JUSTIFY_DEVIATION);
    complete(foti, justify, Map.of(ProcessConstants.DEVIATION_REASON, "Finanziamenti regionali arrivati in ritardo"));

    JsonNode validate = single(tasks(nucleo, code, "candidateGroup=" + ProcessConstants.NUCLEO_GROUP));
    assertThat(validate.path("taskDefinitionKey").asText()).isEqualTo(ProcessConstants.TASK_VALIDATE_REPORT);
    assertThat(detail(code).path("state").asText()).isEqualTo("VALIDATING");
    Api.Answer claim = nucleo.postJson("/engine-rest/task/" + validate.path("id").asText() + "/claim",
        Map.of("userId", NUCLEO));
    assertThat(claim.status()).as(claim.text()).isEqualTo(204);
    complete(nucleo, validate, Map.of(ProcessConstants.VALIDATION_APPROVED, true));

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).finished().count())
        .isEqualTo(1);
    JsonNode objective = detail(code);
    assertThat(objective.path("state").asText()).isEqualTo("REPORTED");
    assertThat(objective.path("stateLabel").asText()).isEqualTo("rendicontato");
    assertThat(objective.path("phasesScore").decimalValue()).isEqualByComparingTo("81.00");
    assertThat(objective.path("indicatorsScore").decimalValue()).isEqualByComparingTo("75.00");
    assertThat(objective.path("score").decimalValue()).isEqualByComparingTo("78.00");
    assertThat(objective.path("band").asText()).isEqualTo("parzialmente raggiunto");
    assertThat(objective.path("deviationReason").asText()).isEqualTo("Finanziamenti regionali arrivati in ritardo");
    assertThat(objective.path("phases")).extracting(p -> p.path("number").asInt(), p -> p.path("state").asText(),
            p -> p.path("late").asBoolean(), p -> p.path("completion").decimalValue().stripTrailingZeros(),
            p -> p.path("actualEnd").asText(), p -> p.path("report").asText())
        .containsExactly(
            tuple(1, "COMPLETED", false, new BigDecimal("1E+2"), "2017-12-05", "Progetto FEAD attuato"),
            tuple(2, "COMPLETED", true, new BigDecimal("1E+2"), "2017-12-04", "Protocolli stipulati con due strutture"),
            tuple(3, "COMPLETED", false, new BigDecimal("8E+1"), "2017-06-15",
                "Azioni di integrazione avviate in tre quartieri"),
            tuple(4, "COMPLETED", false, new BigDecimal("5E+1"), "2017-12-05", "Due bandi su quattro"));
    assertThat(objective.path("indicators")).extracting(i -> i.path("number").asInt(),
            i -> i.path("actualValue").asText(), i -> i.path("note").asText(),
            i -> i.path("score").decimalValue().stripTrailingZeros())
        .containsExactly(
            tuple(1, "05/07/2017", "Rilevato dal Dirigente (1)", new BigDecimal("95")),
            tuple(2, "1/4", "Rilevato dal Dirigente (2)", new BigDecimal("5E+1")),
            tuple(3, "80", "Rilevato dal Dirigente (3)", new BigDecimal("8E+1")));
  }

  /** A person of the sheet, now given a password (provisioned users have none). */
  private Api person(String userId) {
    assertThat(identity.createUserQuery().userId(userId).count()).as(userId + " provisioned").isEqualTo(1);
    user(userId);
    return as(userId);
  }

  private JsonNode detail(String code) {
    Api.Answer answer = as(CONTROLLO).get("/api/objectives/" + code);
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    return answer.body();
  }

  private static List<JsonNode> tasks(Api who, String code, String query) {
    Api.Answer answer = who.get("/engine-rest/task?processInstanceBusinessKey=" + code + "&" + query);
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    return StreamSupport.stream(answer.body().spliterator(), false).toList();
  }

  private static JsonNode single(List<JsonNode> tasks) {
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }

  private int phaseNumber(JsonNode task) {
    return variable(as(CONTROLLO), task, ProcessConstants.PHASE_NUMBER).asInt();
  }

  private static JsonNode variable(Api who, JsonNode task, String name) {
    Api.Answer answer = who.get("/engine-rest/task/" + task.path("id").asText() + "/variables/" + name);
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    return answer.body().path("value");
  }

  private void completePhase(Api responsible, String code, int number, int completion, String actualEnd,
      String report) {
    JsonNode task = tasks(responsible, code, "taskDefinitionKey=" + ProcessConstants.TASK_COMPLETE_PHASE).stream()
        .filter(t -> phaseNumber(t) == number).findFirst().orElseThrow();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(ProcessConstants.PHASE_COMPLETION, completion);
    variables.put(ProcessConstants.PHASE_ACTUAL_END, actualEnd);
    variables.put(ProcessConstants.PHASE_REPORT, report);
    complete(responsible, task, variables);
    // The phase closes after the task, in a job (the job executor is off in tests).
    runDueJobs(task.path("processInstanceId").asText());
  }

  static void complete(Api who, JsonNode task, Map<String, Object> variables) {
    Api.Answer answer = who.postJson("/engine-rest/task/" + task.path("id").asText() + "/complete",
        Map.of("variables", typed(variables)));
    assertThat(answer.status()).as(answer.text()).isEqualTo(204);
  }

  /** Camunda REST variables: {@code {"name": {"value": ..., "type": "String"}}}. */
  static Map<String, Object> typed(Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value, "type", value.getClass().getSimpleName())));
    return typed;
  }
}
