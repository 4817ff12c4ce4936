package it.pegworkflow.web;

import static it.pegworkflow.process.ProcessConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A task accepts only the variables of its own contract (docs/process-contract.md), of the declared
 * type, on every way of completing it: anything else is a 400 in Italian and changes nothing.
 */
class TaskContractTest extends RunningApplication {

  private static final List<String> NOT_HIS = List.of(MANAGER_ID, REPORTING_DEADLINE, OBJECTIVE_SCORE, PHASE_LATE,
      PHASE_ASSIGNEE);

  @Test
  void aResponsibleCannotCompleteHisPhaseWithTheDirigentesVariablesOnAnyPath() {
    PhaseTask phase = vernasPhase();
    WebappSession tasklist = WebappSession.login(port, "vernamarco", PASSWORD);

    for (String extra : NOT_HIS) {
      Map<String, Object> variables = report(50, "2017-03-02");
      variables.put(extra, Map.of("value", "vernamarco", "type", "String"));
      String body = json(Map.of("variables", variables));
      for (String path : List.of("/complete", "/submit-form")) {
        assertRefused(phase.verna.postJson(phase.path + path, Map.of("variables", variables)), extra, "REST " + path);
      }
      assertRefused(tasklist.postToEngine("/task/" + phase.id + "/submit-form", body), extra, "Tasklist");
    }

    assertThat(phase.verna.get(phase.path).status()).isEqualTo(200);
    assertThat(processVariable(phase, MANAGER_ID).path("value").asText()).isEqualTo("fotifilippo");
    assertThat(as(CONTROLLO).get("/engine-rest/process-instance/" + phase.instanceId + "/variables/" + OBJECTIVE_SCORE)
        .status()).isEqualTo(404);
    // What Tasklist's form submits (docs/process-contract.md) goes through.
    Api.Answer done = tasklist.postToEngine("/task/" + phase.id + "/submit-form", json(Map.of("variables", report(50, "2017-03-02"))));
    assertThat(done.status()).as(done.text()).isEqualTo(204);
  }

  @Test
  void bytesFilesObjectsAndJsonAreRefusedWhereTheContractSaysText() {
    PhaseTask phase = vernasPhase();
    Map<String, Map<String, Object>> notText = new LinkedHashMap<>();
    notText.put("Bytes", Map.of("type", "Bytes", "value", "aGVsbG8="));
    notText.put("File", Map.of("type", "File", "value", "aGVsbG8=", "valueInfo", Map.of("filename", "relazione.txt")));
    notText.put("Object", Map.of("type", "Object", "value", "\"relazione\"",
        "valueInfo", Map.of("objectTypeName", "java.lang.String", "serializationDataFormat", "application/json")));
    notText.put("Json", Map.of("type", "Json", "value", "{\"relazione\": 1}"));

    notText.forEach((type, value) -> {
      Map<String, Object> variables = report(50, "2017-03-02");
      variables.put(PHASE_REPORT, value);
      Api.Answer refused = phase.verna.postJson(phase.path + "/complete", Map.of("variables", variables));
      assertThat(refused.status()).as(type + ": " + refused.text()).isEqualTo(400);
      assertThat(refused.body().path("message").asText()).as(type)
          .isEqualTo("Relazione (phaseReport): deve essere un testo");
    });
    assertThat(phase.verna.get(phase.path).status()).isEqualTo(200);
  }

  @Test
  void hugeNumbersAreRefusedAtOnceWithAShortMessage() {
    PhaseTask phase = vernasPhase();
    for (String huge : List.of("1e99999999", "1e999999999", "1e-99999999", "9".repeat(5000))) {
      // As a JSON number, 1e-99999999 is the double 0: a completion of 0 %, accepted (not tried here).
      for (Object value : huge.startsWith("1e-") ? List.of(huge) : List.of(huge, new BigDecimal(huge))) {
        Map<String, Object> variables = report(50, "2017-03-02");
        variables.put(PHASE_COMPLETION, value instanceof String ? Map.of("value", value, "type", "String") : Map.of("value", value));
        long start = System.nanoTime();
        Api.Answer refused = phase.verna.postJson(phase.path + "/complete", Map.of("variables", variables));
        long millis = (System.nanoTime() - start) / 1_000_000;
        String label = value.getClass().getSimpleName() + " " + huge.substring(0, Math.min(20, huge.length()));
        assertThat(refused.status()).as(label + ": " + refused.text().substring(0, Math.min(300, refused.text().length())))
            .isEqualTo(400);
        assertThat(refused.text().length()).as(label).isLessThan(300);
        assertThat(refused.body().path("message").asText()).as(label + ": " + refused.text())
            .startsWith(huge.length() > 1000 && value instanceof BigDecimal ? "" : "Completamento (%)");
        assertThat(millis).as(label).isLessThan(2_000);
      }
    }
    assertThat(detail(phase.code).path("phases").get(0).path("state").asText()).isEqualTo("RUNNING");
  }

  @Test
  void numbersFollowTheOneItalianRuleADotBeforeThreeDigitsGroupsThousands() {
    PhaseTask phase = vernasPhase();
    Map<String, Object> variables = report(50, "2017-03-02");
    variables.put(PHASE_COMPLETION, Map.of("value", "2.500", "type", "String"));

    Api.Answer refused = phase.verna.postJson(phase.path + "/complete", Map.of("variables", variables));

    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.body().path("message").asText()).isEqualTo("Completamento (%): 2500 non è tra 0 e 100");
    variables.put(PHASE_COMPLETION, Map.of("value", "12,5", "type", "String"));
    Api.Answer accepted = phase.verna.postJson(phase.path + "/complete", Map.of("variables", variables));
    assertThat(accepted.status()).as(accepted.text()).isEqualTo(204);
    runDueJobs(phase.instanceId);
    assertThat(detail(phase.code).path("phases").get(0).path("completion").decimalValue()).isEqualByComparingTo("12.5");
  }

  @Test
  void anActualEndLiesBetweenThePlannedStartAndToday() {
    PhaseTask phase = vernasPhase();
    Map<String, String> wrong = Map.of(
        "9999-12-31", "Data di fine effettiva: 31/12/9999 è dopo oggi (02/03/2017)",
        "03/03/2017", "Data di fine effettiva: 03/03/2017 è dopo oggi (02/03/2017)",
        "31/12/2016", "Data di fine effettiva: 31/12/2016 è prima dell'inizio della fase (01/01/2017)",
        "1/1/99999999999", "Data di fine effettiva: «1/1/99999999999» non è una data valida (gg/mm/aaaa)");
    wrong.forEach((day, message) -> {
      Api.Answer refused = phase.verna.postJson(phase.path + "/complete", Map.of("variables", report(100, day)));
      assertThat(refused.status()).as(day + ": " + refused.text()).isEqualTo(400);
      assertThat(refused.body().path("message").asText()).as(day).isEqualTo(message);
    });
    Map<String, Object> asDate = report(100, "2017-03-02");
    asDate.put(PHASE_ACTUAL_END, Map.of("value", "9999-12-31T00:00:00.000+0100", "type", "Date"));
    Api.Answer refused = phase.verna.postJson(phase.path + "/complete", Map.of("variables", asDate));
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(detail(phase.code).path("phases").get(0).path("actualEnd").isNull()).isTrue();

    Api.Answer today = phase.verna.postJson(phase.path + "/complete", Map.of("variables", report(100, "02/03/2017")));
    assertThat(today.status()).as(today.text()).isEqualTo(204);
  }

  record PhaseTask(String code, String instanceId, String id, String path, Api verna) {}

  /** An objective imported on 2 March 2017 and Marco Verna's open phase 1 (planned from 1 January). */
  static PhaseTask vernasPhase(RunningApplication app) {
    today("2017-03-02");
    String code = newCode();
    Api.Answer imported = app.as(CONTROLLO).postText("/api/objectives", realSheet(code));
    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    String instanceId = imported.body().path("objectives").get(0).path("processInstanceId").asText();
    app.runDueJobs(instanceId);
    app.user("vernamarco");
    Api verna = app.as("vernamarco");
    String id = verna.get("/engine-rest/task?processInstanceBusinessKey=" + code + "&assignee=vernamarco")
        .body().get(0).path("id").asText();
    return new PhaseTask(code, instanceId, id, "/engine-rest/task/" + id, verna);
  }

  private PhaseTask vernasPhase() {
    return vernasPhase(this);
  }

  static Map<String, Object> report(int completion, String actualEnd) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(PHASE_COMPLETION, Map.of("value", completion, "type", "Integer"));
    variables.put(PHASE_ACTUAL_END, Map.of("value", actualEnd, "type", "String"));
    variables.put(PHASE_REPORT, Map.of("value", "Fatto", "type", "String"));
    return variables;
  }

  private static void assertRefused(Api.Answer answer, String variable, String path) {
    assertThat(answer.status()).as(path + " " + variable + ": " + answer.text()).isEqualTo(400);
    assertThat(answer.body().path("type").asText()).as(path).isEqualTo("TaskInputException");
    assertThat(answer.body().path("message").asText()).as(path)
        .isEqualTo("Il compito «Aggiornare o concludere la fase» non accetta la variabile «" + variable
            + "»: accetta solo phaseOutcome, phaseCompletion, phaseForecastEnd, phaseActualEnd, phaseReport");
  }

  private JsonNode processVariable(PhaseTask phase, String name) {
    return as(CONTROLLO).get("/engine-rest/process-instance/" + phase.instanceId + "/variables/" + name).body();
  }

  private JsonNode detail(String code) {
    return as(CONTROLLO).get("/api/objectives/" + code).body();
  }

  static String json(Object value) {
    try {
      return Api.JSON.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
