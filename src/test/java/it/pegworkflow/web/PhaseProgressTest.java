package it.pegworkflow.web;

import static it.pegworkflow.process.ProcessConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A responsible records progress on his running phase without ending it (docs/process.md, "Progress
 * updates"): the task comes back, the update is kept with date and author, and the API, the dashboard
 * and the Gantt show it; the conclusion still gives the phase its final completion.
 */
class PhaseProgressTest extends RunningApplication {

  @Autowired JdbcClient jdbc;

  @Test
  void aProgressUpdateKeepsThePhaseOpenAndShowsInTheApiTheDashboardAndTheGantt() {
    TaskContractTest.PhaseTask phase = TaskContractTest.vernasPhase(this);

    Api.Answer sent = phase.verna().postJson(phase.path() + "/complete",
        Map.of("variables", progress(40, "A metà dei colloqui", "30/09/2017")));
    assertThat(sent.status()).as(sent.text()).isEqualTo(204);
    runDueJobs(phase.instanceId());

    JsonNode again = phase.verna().get("/engine-rest/task?processInstanceBusinessKey=" + phase.code() + "&assignee=vernamarco").body();
    assertThat(again).as("the phase's task is back with its responsible").hasSize(1);
    JsonNode shown = firstPhase(phase.code(), "fotifilippo");
    assertThat(shown.path("state").asText()).isEqualTo("RUNNING");
    assertThat(shown.path("completion").isNull()).as("the final completion waits for the conclusion").isTrue();
    assertThat(shown.at("/latestProgress/completion").decimalValue()).isEqualByComparingTo("40");
    assertThat(shown.at("/latestProgress/forecastEnd").asText()).isEqualTo("2017-09-30");
    assertThat(shown.at("/latestProgress/note").asText()).isEqualTo("A metà dei colloqui");
    assertThat(shown.at("/latestProgress/authorId").asText()).isEqualTo("vernamarco");
    assertThat(shown.at("/latestProgress/recordedAt").asText()).startsWith("2017-03-02T");
    assertThat(jdbc.sql("select count(*) from peg_phase_progress where objective_code = ?").param(phase.code())
        .query(Integer.class).single()).isEqualTo(1);

    JsonNode dashboard = as("fotifilippo").get("/api/dashboard?year=2017").body();
    JsonNode row = null;
    for (JsonNode objective : dashboard.path("objectives")) {
      if (objective.path("code").asText().equals(phase.code())) {
        row = objective;
      }
    }
    assertThat(row).isNotNull();
    assertThat(row.path("progress").decimalValue()).as("the mean of 40, 0, 0, 0").isEqualByComparingTo("10");
    JsonNode listed = null;
    for (JsonNode objective : as("fotifilippo").get("/api/objectives").body()) {
      if (objective.path("code").asText().equals(phase.code())) {
        listed = objective;
      }
    }
    assertThat(listed.path("progress").decimalValue()).isEqualByComparingTo("10");
    String gantt = as("fotifilippo").get("/api/objectives/" + phase.code() + "/gantt.svg").text();
    assertThat(gantt).contains("class=\"completion progress\" data-phase=\"1\" data-completion=\"40", "avanzamento 40",
        "class=\"forecast-end\" data-phase=\"1\" data-date=\"2017-09-30\"");
  }

  @Test
  void theConclusionGivesThePhaseItsFinalCompletionWhateverTheProgressSaid() {
    TaskContractTest.PhaseTask phase = TaskContractTest.vernasPhase(this);
    phase.verna().postJson(phase.path() + "/complete", Map.of("variables", progress(40, "", null)));
    runDueJobs(phase.instanceId());
    String task = phase.verna().get("/engine-rest/task?processInstanceBusinessKey=" + phase.code() + "&assignee=vernamarco")
        .body().get(0).path("id").asText();
    Map<String, Object> concluded = TaskContractTest.report(90, "02/03/2017");
    concluded.put(PHASE_OUTCOME, Map.of("value", OUTCOME_CONCLUDED, "type", "String"));

    Api.Answer done = phase.verna().postJson("/engine-rest/task/" + task + "/complete", Map.of("variables", concluded));

    assertThat(done.status()).as(done.text()).isEqualTo(204);
    runDueJobs(phase.instanceId());
    JsonNode shown = firstPhase(phase.code(), "fotifilippo");
    assertThat(shown.path("state").asText()).isEqualTo("COMPLETED");
    assertThat(shown.path("completion").decimalValue()).isEqualByComparingTo("90");
    assertThat(shown.path("actualEnd").asText()).isEqualTo("2017-03-02");
  }

  @Test
  void eachChoiceAcceptsOnlyItsOwnFieldsAndAForecastFromTodayOn() {
    TaskContractTest.PhaseTask phase = TaskContractTest.vernasPhase(this);
    Map<String, Object> withAnEnd = progress(40, "", null);
    withAnEnd.put(PHASE_ACTUAL_END, Map.of("value", "02/03/2017", "type", "String"));
    Map<String, Object> concludedWithForecast = TaskContractTest.report(100, "02/03/2017");
    concludedWithForecast.put(PHASE_FORECAST_END, Map.of("value", "30/09/2017", "type", "String"));
    Map<String, Object> unknownChoice = progress(40, "", null);
    unknownChoice.put(PHASE_OUTCOME, Map.of("value", "boh", "type", "String"));
    Map<String, Map<String, Object>> wrong = new LinkedHashMap<>();
    wrong.put("Data di fine effettiva (phaseActualEnd) non si indica quando la scelta è «avanzamento»: la fase non è ancora conclusa",
        withAnEnd);
    wrong.put("Fine prevista (phaseForecastEnd) non si indica quando la scelta è «conclusa»: la fase è conclusa",
        concludedWithForecast);
    wrong.put("Scelta (phaseOutcome): «boh» non è «avanzamento» né «conclusa»", unknownChoice);
    wrong.put("Fine prevista: 01/03/2017 è prima di oggi (02/03/2017): si indica quando si prevede di finire", progress(40, "", "01/03/2017"));
    wrong.put("Fine prevista: «domani» non è una data valida (gg/mm/aaaa)", progress(40, "", "domani"));

    wrong.forEach((message, variables) -> {
      Api.Answer refused = phase.verna().postJson(phase.path() + "/complete", Map.of("variables", variables));
      assertThat(refused.status()).as(message + ": " + refused.text()).isEqualTo(400);
      assertThat(refused.body().path("message").asText()).isEqualTo(message);
    });

    assertThat(phase.verna().get(phase.path()).status()).as("the task stays open").isEqualTo(200);
    assertThat(jdbc.sql("select count(*) from peg_phase_progress where objective_code = ?").param(phase.code())
        .query(Integer.class).single()).isZero();
  }

  static Map<String, Object> progress(int completion, String note, String forecastEnd) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(PHASE_OUTCOME, Map.of("value", OUTCOME_PROGRESS, "type", "String"));
    variables.put(PHASE_COMPLETION, Map.of("value", completion, "type", "Integer"));
    variables.put(PHASE_REPORT, Map.of("value", note, "type", "String"));
    if (forecastEnd != null) {
      variables.put(PHASE_FORECAST_END, Map.of("value", forecastEnd, "type", "String"));
    }
    return variables;
  }

  private JsonNode firstPhase(String code, String reader) {
    user(reader);
    return as(reader).get("/api/objectives/" + code).body().path("phases").get(0);
  }
}
