package it.pegworkflow.web;

import static it.pegworkflow.process.ProcessConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Nucleo sees the whole objective in its validation's form variables, and sends back the whole
 * report, one indicator or one phase with its reason (docs/process-contract.md): what it may send is
 * the contract's, anything else a 400 in Italian that leaves the task as it was.
 */
class ValidationSendBackTest extends AReportAtTheNucleo {

  @Test
  void theValidationsFormVariablesCarryTheWholeObjectiveFromTheReadModel() {
    JsonNode variables = as(NUCLEO).get("/engine-rest/task/" + task(TASK_VALIDATE_REPORT).getId()
        + "/form-variables?deserializeValues=false").body();

    JsonNode phases = json(variables.path("rendicontazioneFasi"));
    assertThat(phases).hasSize(4);
    assertThat(phases.get(3).path("relazione").asText()).isEqualTo("Relazione della fase 4");
    assertThat(phases.get(3).path("completamento").asText()).isEqualTo("50% (completata)");
    assertThat(phases.get(3).path("fineEffettiva").asText()).isEqualTo("14/12/2017 (prevista 31/12/2017)");
    JsonNode indicators = json(variables.path("rendicontazioneIndicatori"));
    assertThat(indicators).hasSize(3);
    assertThat(indicators.get(1).path("effettivo").asText()).isEqualTo("3/5");
    assertThat(indicators.get(1).path("nota").asText()).isEqualTo("Nota dell'indicatore 2");
    assertThat(indicators.get(1).path("atteso").asText()).isNotBlank();
    assertThat(indicators.get(2).path("punteggio").asText()).isEqualTo("100,00");
    assertThat(variables.path("rendicontazionePunteggi").path("value").asText()).startsWith("fasi ").contains("totale ");
    assertThat(json(variables.path("indicatoriRinviabili"))).extracting(choice -> choice.path("value").asText())
        .containsExactly("0", "1", "2", "3");
    assertThat(variables.path(DEVIATION_REASON).path("value").asText()).isEqualTo(JUSTIFICATION);
    // Computed when read, never stored.
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName("rendicontazioneFasi").count()).isZero();
  }

  @Test
  void whatTheValidationMayNotSendIsRefusedInItalianAndTheTaskStaysOpen() {
    String path = "/engine-rest/task/" + task(TASK_VALIDATE_REPORT).getId() + "/complete";
    Map<Map<String, Object>, String> refused = new LinkedHashMap<>();
    refused.put(sendBack(SENT_BACK_INDICATOR, 7, "Valore dubbio"),
        "Indicatore da rivedere: l'obiettivo non ha il numero 7 (gli indicatori vanno da 1 a 3)");
    refused.put(sendBack(SENT_BACK_INDICATOR, "due", "Valore dubbio"),
        "Indicatore da rivedere: «due» non è un numero intero (gli indicatori vanno da 1 a 3)");
    refused.put(sendBack(SENT_BACK_PHASE, 5, "Fase dubbia"),
        "Fase da rivedere: l'obiettivo non ha il numero 5 (le fasi vanno da 1 a 4)");
    refused.put(sendBack(SENT_BACK_INDICATOR, 2, ""), "Manca il campo obbligatorio «Motivo del rinvio»");
    Map<String, Object> both = sendBack(SENT_BACK_INDICATOR, 2, "Due cose");
    both.put(SENT_BACK_PHASE, Map.of("value", 1));
    refused.put(both, "Si rimanda un indicatore oppure una fase, non entrambi: per rivedere più cose "
        + "rimandare l'intera rendicontazione");
    Map<String, Object> approved = sendBack(SENT_BACK_PHASE, 2, "");
    approved.put(VALIDATION_APPROVED, Map.of("value", true));
    refused.put(approved, "Una rendicontazione approvata non rimanda nulla: togliere la fase da rivedere, "
        + "oppure non approvarla");
    Map<String, Object> unknown = sendBack(SENT_BACK_INDICATOR, 2, "Valore dubbio");
    unknown.put("sentBackNote", Map.of("value", "x"));
    refused.put(unknown, "Il compito «Validare la rendicontazione» non accetta la variabile «sentBackNote»: accetta solo "
        + "validationApproved, sentBackIndicator, sentBackPhase, validationReason");

    refused.forEach((variables, message) -> {
      Api.Answer answer = as(NUCLEO).postJson(path, Map.of("variables", variables));
      assertThat(answer.status()).as(answer.text()).isEqualTo(400);
      assertThat(answer.body().path("message").asText()).isEqualTo(message);
    });
    assertThat(openTasks()).containsExactly(TASK_VALIDATE_REPORT);
    assertThat(detail().path("state").asText()).isEqualTo("VALIDATING");
  }

  @Test
  void oneIndicatorSentBackComesBackAloneWithTheReasonAndTheRestKeepsItsValues() {
    JsonNode before = detail();
    Api.Answer sent = as(NUCLEO).postJson("/engine-rest/task/" + task(TASK_VALIDATE_REPORT).getId() + "/complete",
        Map.of("variables", sendBack(SENT_BACK_INDICATOR, "3", "Il valore 120 non è documentato")));
    assertThat(sent.status()).as(sent.text()).isEqualTo(204);

    assertThat(openTasks()).containsExactly(TASK_REVISE_INDICATOR);
    var revision = task(TASK_REVISE_INDICATOR);
    assertThat(revision.getAssignee()).isEqualTo(DIRIGENTE);
    assertThat(revision.getName()).startsWith("Rivedere l'indicatore 3: ").endsWith("(" + code + ")");
    JsonNode form = as(DIRIGENTE).get("/engine-rest/task/" + revision.getId() + "/form-variables").body();
    assertThat(form.path(VALIDATION_REASON).path("value").asText()).isEqualTo("Il valore 120 non è documentato");
    assertThat(form.path(INDICATOR_NUMBER).path("value").asInt()).isEqualTo(3);
    assertThat(form.path(INDICATOR_ACTUAL).path("value").asText()).isEqualTo("120");
    assertThat(form.path(INDICATOR_NOTE).path("value").asText()).isEqualTo("Nota dell'indicatore 3");

    Api.Answer wrong = as(DIRIGENTE).postJson("/engine-rest/task/" + revision.getId() + "/complete",
        Map.of("variables", Map.of(INDICATOR_ACTUAL, Map.of("value", "molti"))));
    assertThat(wrong.status()).as(wrong.text()).isEqualTo(400);
    Api.Answer revised = as(DIRIGENTE).postJson("/engine-rest/task/" + revision.getId() + "/complete",
        Map.of("variables", Map.of(INDICATOR_ACTUAL, Map.of("value", "80"), INDICATOR_NOTE, Map.of("value", "Da protocollo"))));
    assertThat(revised.status()).as(revised.text()).isEqualTo(204);
    runDueJobs(instanceId);

    assertThat(openTasks()).as("back to the Nucleo, the justification kept").containsExactly(TASK_VALIDATE_REPORT);
    JsonNode after = detail();
    assertThat(after.at("/indicators/2/actualValue").asText()).isEqualTo("80");
    assertThat(after.at("/indicators/2/note").asText()).isEqualTo("Da protocollo");
    assertThat(after.at("/indicators/2/score").decimalValue()).isEqualByComparingTo("80");
    for (int i = 0; i < 2; i++) {
      assertThat(after.at("/indicators/" + i)).isEqualTo(before.at("/indicators/" + i));
    }
    assertThat(after.path("deviationReason").asText()).isEqualTo(JUSTIFICATION);
    assertThat(after.path("score").decimalValue()).isLessThan(before.path("score").decimalValue());
    assertThat(after.path("state").asText()).isEqualTo("VALIDATING");
    JsonNode trail = as(DIRIGENTE).get("/api/objectives/" + code + "/trail").body();
    assertThat(trail).extracting(e -> e.path("action").asText())
        .contains("ha rimandato indietro la rendicontazione", "ha rivisto l'indicatore rimandato dal Nucleo");

    // The next validation starts clean: its form does not offer the last round's choice and reason, so
    // approving it as the form sends it (what Tasklist sends back, unchanged) goes through.
    var validation = task(TASK_VALIDATE_REPORT);
    JsonNode next = as(NUCLEO).get("/engine-rest/task/" + validation.getId() + "/form-variables").body();
    assertThat(next.path(SENT_BACK_INDICATOR).path("value").isNull()).as(next.path(SENT_BACK_INDICATOR).toString()).isTrue();
    assertThat(next.path(VALIDATION_REASON).path("value").isNull()).isTrue();
    Map<String, Object> asTheFormSends = new java.util.HashMap<>();
    asTheFormSends.put(VALIDATION_APPROVED, Map.of("value", true));
    asTheFormSends.put(VALIDATION_REASON, Map.of("value", "Approvata"));
    for (String choice : List.of(SENT_BACK_INDICATOR, SENT_BACK_PHASE)) {
      if (!next.path(choice).path("value").isMissingNode() && !next.path(choice).path("value").isNull()) {
        asTheFormSends.put(choice, Map.of("value", next.path(choice).path("value")));
      }
    }
    Api.Answer approved = as(NUCLEO).postJson("/engine-rest/task/" + validation.getId() + "/complete",
        Map.of("variables", asTheFormSends));
    assertThat(approved.status()).as(approved.text()).isEqualTo(204);
  }

  @Test
  void onePhaseSentBackIsCorrectedByTheDirigenteAndTheScoreFollows() {
    JsonNode before = detail();
    Api.Answer sent = as(NUCLEO).postJson("/engine-rest/task/" + task(TASK_VALIDATE_REPORT).getId() + "/complete",
        Map.of("variables", sendBack(SENT_BACK_PHASE, 4, "La fase 4 risulta conclusa a novembre")));
    assertThat(sent.status()).as(sent.text()).isEqualTo(204);

    assertThat(openTasks()).containsExactly(TASK_REVISE_PHASE);
    var revision = task(TASK_REVISE_PHASE);
    assertThat(revision.getAssignee()).isEqualTo(DIRIGENTE);
    JsonNode form = as(DIRIGENTE).get("/engine-rest/task/" + revision.getId() + "/form-variables").body();
    assertThat(form.path(VALIDATION_REASON).path("value").asText()).isEqualTo("La fase 4 risulta conclusa a novembre");
    assertThat(form.path(PHASE_COMPLETION).path("value").asText()).isEqualTo("50");
    assertThat(form.path(PHASE_ACTUAL_END).path("value").asText()).isEqualTo("14/12/2017");
    assertThat(form.path(PHASE_REPORT).path("value").asText()).isEqualTo("Relazione della fase 4");

    Api.Answer future = as(DIRIGENTE).postJson("/engine-rest/task/" + revision.getId() + "/complete",
        Map.of("variables", TaskContractTest.report(100, "2018-01-10")));
    assertThat(future.status()).as(future.text()).isEqualTo(400);
    assertThat(future.body().path("message").asText()).isEqualTo("Data di fine effettiva: 10/01/2018 è dopo oggi (20/12/2017)");
    Api.Answer revised = as(DIRIGENTE).postJson("/engine-rest/task/" + revision.getId() + "/complete",
        Map.of("variables", TaskContractTest.report(100, "30/11/2017")));
    assertThat(revised.status()).as(revised.text()).isEqualTo(204);
    runDueJobs(instanceId);

    assertThat(openTasks()).containsExactly(TASK_VALIDATE_REPORT);
    JsonNode after = detail();
    assertThat(after.at("/phases/3/completion").decimalValue()).isEqualByComparingTo("100");
    assertThat(after.at("/phases/3/actualEnd").asText()).isEqualTo("2017-11-30");
    assertThat(after.at("/phases/3/report").asText()).isEqualTo("Fatto");
    assertThat(after.at("/phases/3/state").asText()).isEqualTo("COMPLETED");
    assertThat(after.path("indicators")).isEqualTo(before.path("indicators"));
    assertThat(after.path("score").decimalValue()).isGreaterThan(before.path("score").decimalValue());
  }

  @Test
  void theWholeReportCanStillBeSentBackNoIndicatorAndNoPhaseChosen() {
    Api.Answer sent = as(NUCLEO).postJson("/engine-rest/task/" + task(TASK_VALIDATE_REPORT).getId() + "/complete",
        Map.of("variables", Map.of(VALIDATION_APPROVED, Map.of("value", false), VALIDATION_REASON, Map.of("value", "Tutto da rivedere"),
            SENT_BACK_INDICATOR, Map.of("value", "0"), SENT_BACK_PHASE, Map.of("value", 0))));
    assertThat(sent.status()).as(sent.text()).isEqualTo(204);

    assertThat(openTasks()).hasSize(3).containsOnly(TASK_RECORD_INDICATOR);
    var first = tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(TASK_RECORD_INDICATOR).list().get(0);
    assertThat(as(DIRIGENTE).get("/engine-rest/task/" + first.getId() + "/form-variables").body()
        .path(VALIDATION_REASON).path("value").asText()).isEqualTo("Tutto da rivedere");
  }

  private static Map<String, Object> sendBack(String what, Object number, String reason) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(VALIDATION_APPROVED, Map.of("value", false));
    variables.put(VALIDATION_REASON, Map.of("value", reason));
    variables.put(what, Map.of("value", number));
    return variables;
  }

  /** A serialized JSON object value, as Tasklist reads it. */
  private static JsonNode json(JsonNode variable) {
    assertThat(variable.path("valueInfo").path("serializationDataFormat").asText()).isEqualTo("application/json");
    try {
      return Api.JSON.readTree(variable.path("value").asText());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
