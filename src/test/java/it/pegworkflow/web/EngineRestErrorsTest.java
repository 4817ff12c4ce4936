package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.pegworkflow.process.ProcessConstants;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What {@code /engine-rest} answers when our task listeners refuse what a user entered, and to other mistakes. */
@ExtendWith(OutputCaptureExtension.class)
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
  void userMistakesOverTheEngineApiAre4xxInItalianWithOneLogLineAndNoStackTrace(CapturedOutput log) throws Exception {
    TaskContractTest.PhaseTask phase = phase();
    Api verna = phase.verna();
    int logStart = log.getAll().length();

    Api.Answer deleted = verna.delete(phase.path());
    assertThat(deleted.status()).as(deleted.text()).isIn(400, 403);
    assertThat(deleted.body().path("message").asText())
        .isEqualTo("Il compito fa parte di un obiettivo: non si può eliminare");

    // The controllo di gestione may store any value; one that cannot be read is a 400 when read.
    String variables = "/engine-rest/process-instance/" + phase.instanceId() + "/variables/";
    assertThat(as(CONTROLLO).putJson(variables + "datiJson", Map.of("value", "{non è json", "type", "Json")).status())
        .isEqualTo(204);
    assertThat(as(CONTROLLO).putJson(variables + "datiObject", Map.of("value", "{non è json", "type", "Object",
        "valueInfo", Map.of("objectTypeName", "java.util.ArrayList", "serializationDataFormat", "application/json")))
        .status()).isEqualTo(204);
    for (String unreadable : new String[] {"datiJson", "datiObject"}) {
      Api.Answer read = as(CONTROLLO).get(variables + unreadable);
      assertThat(read.status()).as(read.text()).isEqualTo(400);
      assertThat(read.body().path("message").asText()).startsWith("Valore non leggibile");
    }

    Api.Answer noSubscription = as(CONTROLLO).postJson("/engine-rest/message", Map.of("messageName", "Nessuno"));
    assertThat(noSubscription.status()).as(noSubscription.text()).isIn(400, 404);
    assertThat(noSubscription.body().path("message").asText()).isEqualTo("Nessun processo attende il messaggio «Nessuno»");

    Api.Answer completed = verna.postJson(phase.path() + "/complete", Map.of("variables",
        TaskContractTest.report(100, "2017-03-02")));
    assertThat(completed.status()).as(completed.text()).isEqualTo(204);
    Api.Answer again = verna.postJson(phase.path() + "/complete", Map.of("variables",
        TaskContractTest.report(100, "2017-03-02")));
    assertThat(again.status()).as(again.text()).isEqualTo(404);
    assertThat(again.body().path("message").asText())
        .isEqualTo("Il compito " + phase.id() + " non esiste o è già stato completato");

    String written = log.getAll().substring(logStart);
    assertThat(written).doesNotContain("\tat ").doesNotContain(" ERROR ");
  }

  @Test
  void twoCompletionsOfOneTaskAtOnceGiveOne204AndOne409InItalian(CapturedOutput log) throws Exception {
    int logStart = log.getAll().length();
    for (int pair = 0; pair < 10; pair++) {
      TaskContractTest.PhaseTask phase = phase();
      java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
      java.util.concurrent.Callable<Api.Answer> complete = () -> {
        together.await();
        return phase.verna().postJson(phase.path() + "/complete", Map.of("variables",
            TaskContractTest.report(100, "2017-03-02")));
      };
      var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        var first = pool.submit(complete);
        var second = pool.submit(complete);
        java.util.List<Api.Answer> answers = java.util.List.of(first.get(), second.get());
        // Two requests sent together may still run one after the other: the second then finds no task (404).
        assertThat(answers).extracting(Api.Answer::status).as(answers.toString()).contains(204)
            .containsAnyOf(409, 404).hasSize(2);
        Api.Answer loser = answers.stream().filter(a -> a.status() != 204).findFirst().orElseThrow();
        assertThat(loser.body().path("message").asText()).isEqualTo(loser.status() == 409
            ? "Il compito è stato appena modificato da un'altra richiesta: ricaricare la pagina e riprovare"
            : "Il compito " + phase.id() + " non esiste o è già stato completato");
      } finally {
        pool.shutdown();
      }
    }
    assertThat(log.getAll().substring(logStart)).doesNotContain("\tat ").doesNotContain(" ERROR ");
  }

  /**
   * What Tasklist and Cockpit offer to everyone and only some may do: a responsible removing his
   * phase's deadline, a Dirigente suspending the objective he follows read-only, anyone starting an
   * objective without its sheet. An Italian 403 each, no stack trace in the log.
   */
  @Test
  void whatAPersonMayNotDoIsRefusedInItalian(CapturedOutput log) {
    int logStart = log.getAll().length();
    today("2017-03-02");
    String code = newCode();
    Api.Answer imported = as(CONTROLLO).postText("/api/objectives", realSheet(code));
    String instanceId = imported.body().path("objectives").get(0).path("processInstanceId").asText();
    runDueJobs(instanceId);
    user("vernamarco");
    user("fotifilippo");
    JsonNode task = as("vernamarco").get("/engine-rest/task?processInstanceBusinessKey=" + code + "&assignee=vernamarco")
        .body().get(0);

    java.util.HashMap<String, Object> withoutDeadline = new java.util.HashMap<>(Map.of("name", task.path("name").asText(),
        "assignee", "vernamarco", "priority", 50));
    withoutDeadline.put("due", null);
    Api.Answer deadline = as("vernamarco").putJson("/engine-rest/task/" + task.path("id").asText(), withoutDeadline);
    Api.Answer suspended = as("fotifilippo").putJson("/engine-rest/process-instance/" + instanceId + "/suspended",
        Map.of("suspended", true));

    for (Api.Answer refused : java.util.List.of(deadline, suspended)) {
      assertThat(refused.status()).as(refused.text()).isEqualTo(403);
      assertThat(refused.body().path("message").asText()).startsWith("Operazione non consentita: «")
          .contains("» non ha i permessi per farla (serve", "per cambiarlo rivolgersi al controllo di gestione");
    }
    assertThat(as("vernamarco").get("/engine-rest/task/" + task.path("id").asText()).body().path("due").isNull()).isFalse();

    Api.Answer started = as(ADMIN).postJson("/engine-rest/process-definition/key/" + ProcessConstants.PROCESS_KEY + "/start",
        Map.of("businessKey", "2017_AMANO"));
    assertThat(started.status()).as(started.text()).isEqualTo(403);
    assertThat(started.body().path("message").asText()).startsWith("Un obiettivo segue il suo processo: non si avvia");
    assertThat(log.getAll().substring(logStart)).doesNotContain("\tat ").doesNotContain(" ERROR ");
  }

  private TaskContractTest.PhaseTask phase() {
    return TaskContractTest.vernasPhase(this);
  }


  private JsonNode detail(String code) {
    return as(CONTROLLO).get("/api/objectives/" + code).body();
  }
}
