package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.pegworkflow.process.ProcessConstants;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code /engine-rest} answers when our task listeners refuse what a user entered. */
class EngineRestErrorsTest extends RunningApplication {

  @Test
  void aRefusedPhaseReportAnswers400WithTheItalianMessageAndTheTaskStaysOpen() {
    today("2017-03-02");
    String code = newCode();
    Api.Answer imported = as(CONTROLLO).postText("/api/objectives", realSheet(code));
    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    runDueJobs(imported.body().path("objectives").get(0).path("processInstanceId").asText());
    user("vernamarco");
    Api verna = as("vernamarco");
    JsonNode task = verna.get("/engine-rest/task?processInstanceBusinessKey=" + code + "&assignee=vernamarco")
        .body().get(0);
    String taskPath = "/engine-rest/task/" + task.path("id").asText();

    Api.Answer refused = verna.postJson(taskPath + "/complete", Map.of("variables", EngineRestLifecycleTest.typed(Map.of(
        ProcessConstants.PHASE_COMPLETION, 140,
        ProcessConstants.PHASE_ACTUAL_END, "2017-12-05",
        ProcessConstants.PHASE_REPORT, "Fatto e strafatto"))));

    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/json");
    assertThat(refused.body().path("type").asText()).isEqualTo("TaskInputException");
    assertThat(refused.body().path("message").asText()).isEqualTo("Completamento (%): 140 non è tra 0 e 100");
    assertThat(verna.get(taskPath).status()).isEqualTo(200);
    assertThat(detail(code).path("phases").get(0).path("state").asText()).isEqualTo("RUNNING");

    // Tasklist's way, submitting the form, gets the same answer.
    Api.Answer submitted = verna.postJson(taskPath + "/submit-form", Map.of("variables", EngineRestLifecycleTest.typed(
        Map.of(ProcessConstants.PHASE_COMPLETION, 100, ProcessConstants.PHASE_ACTUAL_END, "2016-12-31"))));
    assertThat(submitted.status()).as(submitted.text()).isEqualTo(400);
    assertThat(submitted.body().path("message").asText())
        .isEqualTo("Data di fine effettiva: 31/12/2016 è prima dell'inizio della fase (01/01/2017)");
    assertThat(verna.get(taskPath).status()).isEqualTo(200);
  }

  @Test
  void aMissingDeviationReasonOrAWrongIndicatorValueAnswers400Too() {
    // Not through the whole year: the indicator task is enough to see a refused actual value.
    today("2017-03-02");
    String code = newCode();
    Api.Answer imported = as(CONTROLLO).postText("/api/objectives", realSheet(code));
    String instanceId = imported.body().path("objectives").get(0).path("processInstanceId").asText();
    runDueJobs(instanceId);
    user("vernamarco");
    user("bonannigiuseppina");
    user("delmorosandra");
    for (String person : new String[] {"vernamarco", "bonannigiuseppina", "delmorosandra"}) {
      for (JsonNode task : as(person).get("/engine-rest/task?processInstanceBusinessKey=" + code + "&assignee=" + person)
          .body()) {
        EngineRestLifecycleTest.complete(as(person), task, Map.of(ProcessConstants.PHASE_COMPLETION, 100,
            ProcessConstants.PHASE_ACTUAL_END, "2017-03-02", ProcessConstants.PHASE_REPORT, ""));
      }
    }
    runDueJobs(instanceId);
    user("fotifilippo");
    Api foti = as("fotifilippo");
    JsonNode task = foti.get("/engine-rest/task?processInstanceBusinessKey=" + code + "&assignee=fotifilippo").body().get(0);
    String taskPath = "/engine-rest/task/" + task.path("id").asText();
    int number = foti.get(taskPath + "/variables/" + ProcessConstants.INDICATOR_NUMBER).body().path("value").asInt();
    String wrong = number == 1 ? "il 5 luglio" : "tanti";

    Api.Answer refused = foti.postJson(taskPath + "/complete", Map.of("variables",
        EngineRestLifecycleTest.typed(Map.of(ProcessConstants.INDICATOR_ACTUAL, wrong))));

    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.body().path("type").asText()).isEqualTo("TaskInputException");
    assertThat(refused.body().path("message").asText())
        .startsWith("Indicatore " + number + ": Valore «" + wrong + "» non valido: serve ");
    assertThat(foti.get(taskPath).status()).isEqualTo(200);
  }

  @Test
  void wrongTypesAndValuesOutOfRangeAreRefusedWith400AndTheTaskStaysOpen() {
    today("2017-03-02");
    String code = newCode();
    Api.Answer imported = as(CONTROLLO).postText("/api/objectives", realSheet(code));
    runDueJobs(imported.body().path("objectives").get(0).path("processInstanceId").asText());
    user("vernamarco");
    Api verna = as("vernamarco");
    String taskPath = "/engine-rest/task/" + verna.get("/engine-rest/task?processInstanceBusinessKey=" + code
        + "&assignee=vernamarco").body().get(0).path("id").asText();
    Map<String, Object> goodEnd = variable("2017-03-02", "String");
    Map<String, Object> goodCompletion = variable(50, "Integer");
    Map<String, Map<String, Map<String, Object>>> wrong = new java.util.LinkedHashMap<>();
    wrong.put("completion as a boolean", Map.of(ProcessConstants.PHASE_COMPLETION, variable(true, "Boolean"),
        ProcessConstants.PHASE_ACTUAL_END, goodEnd));
    wrong.put("completion as JSON", Map.of(ProcessConstants.PHASE_COMPLETION, variable("{\"valore\": 50}", "Json"),
        ProcessConstants.PHASE_ACTUAL_END, goodEnd));
    wrong.put("completion as words", Map.of(ProcessConstants.PHASE_COMPLETION, variable("cinquanta", "String"),
        ProcessConstants.PHASE_ACTUAL_END, goodEnd));
    wrong.put("completion NaN", Map.of(ProcessConstants.PHASE_COMPLETION, variable("NaN", "String"),
        ProcessConstants.PHASE_ACTUAL_END, goodEnd));
    wrong.put("completion huge", Map.of(ProcessConstants.PHASE_COMPLETION, variable("1e400", "String"),
        ProcessConstants.PHASE_ACTUAL_END, goodEnd));
    wrong.put("completion below 0", Map.of(ProcessConstants.PHASE_COMPLETION, variable(-1, "Long"),
        ProcessConstants.PHASE_ACTUAL_END, goodEnd));
    wrong.put("completion above 100", Map.of(ProcessConstants.PHASE_COMPLETION, variable(100.01, "Double"),
        ProcessConstants.PHASE_ACTUAL_END, goodEnd));
    wrong.put("no completion", Map.of(ProcessConstants.PHASE_ACTUAL_END, goodEnd));
    wrong.put("end as a number", Map.of(ProcessConstants.PHASE_COMPLETION, goodCompletion,
        ProcessConstants.PHASE_ACTUAL_END, variable(20170302, "Integer")));
    wrong.put("end as a boolean", Map.of(ProcessConstants.PHASE_COMPLETION, goodCompletion,
        ProcessConstants.PHASE_ACTUAL_END, variable(false, "Boolean")));
    wrong.put("end impossible", Map.of(ProcessConstants.PHASE_COMPLETION, goodCompletion,
        ProcessConstants.PHASE_ACTUAL_END, variable("30/02/2017", "String")));
    wrong.put("end as markup", Map.of(ProcessConstants.PHASE_COMPLETION, goodCompletion,
        ProcessConstants.PHASE_ACTUAL_END, variable("<script>alert(1)</script>", "String")));
    wrong.put("report too long", Map.of(ProcessConstants.PHASE_COMPLETION, goodCompletion,
        ProcessConstants.PHASE_ACTUAL_END, goodEnd, ProcessConstants.PHASE_REPORT, variable("x".repeat(4001), "String")));

    wrong.forEach((label, variables) -> {
      Api.Answer refused = verna.postJson(taskPath + "/complete", Map.of("variables", variables));
      assertThat(refused.status()).as(label + ": " + refused.text()).isEqualTo(400);
      assertThat(refused.body().path("type").asText()).as(label + ": " + refused.text()).isEqualTo("TaskInputException");
    });
    assertThat(verna.get(taskPath).status()).isEqualTo(200);
    assertThat(detail(code).path("phases").get(0).path("state").asText()).isEqualTo("RUNNING");
  }

  private static Map<String, Object> variable(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  @Test
  void otherEngineErrorsKeepCamundasAnswers() {
    user("curioso");
    Api.Answer unknownTask = as("curioso").postJson("/engine-rest/task/nonesiste/complete", Map.of());

    // Camunda answers 500 for an unknown task; that is its business, not ours.
    assertThat(unknownTask.status()).as(unknownTask.text()).isEqualTo(500);
    assertThat(unknownTask.body().path("type").asText()).isEqualTo("RestException");
    assertThat(unknownTask.body().path("message").asText()).contains("Cannot find task with id nonesiste");
  }

  private JsonNode detail(String code) {
    return as(CONTROLLO).get("/api/objectives/" + code).body();
  }
}
