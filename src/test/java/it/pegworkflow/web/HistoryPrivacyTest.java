package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What each role reads of an objective's history (docs/security.md, «Who reads what»): a responsible
 * reads nothing of it through the engine and only their own phases through {@code /api}; the Dirigente,
 * the Direttore, the Nucleo, the controllo di gestione and the administrator read it all.
 */
class HistoryPrivacyTest extends AColleagueHasReported {

  /** Every history read of the engine REST API that takes a process instance, with its count. */
  private List<String> historyReads() {
    List<String> reads = new ArrayList<>();
    for (String resource : List.of("variable-instance", "detail", "task", "activity-instance", "user-operation",
        "identity-link-log")) {
      String filter = resource.equals("identity-link-log") ? "" : "?processInstanceId=" + instanceId;
      reads.add("/history/" + resource + filter);
      reads.add("/history/" + resource);
      reads.add("/history/" + resource + "/count" + filter);
    }
    reads.add("/history/variable-instance?variableName=phaseReport");
    reads.add("/history/variable-instance?variableName=phaseReport&deserializeValues=true");
    reads.add("/history/detail?variableTypeIn=string");
    reads.add("/history/task?taskId=" + colleaguesTaskId);
    reads.add("/history/identity-link-log?taskId=" + colleaguesTaskId);
    return reads;
  }

  @Test
  void aResponsibleReadsNothingOfAColleaguesPhaseInTheEngineHistory() {
    for (String read : historyReads()) {
      var answer = as(RESPONSIBLE).get("/engine-rest" + read);
      assertThat(answer.status()).as(read).isEqualTo(200);
      assertThat(answer.text()).as(read).doesNotContain(marker).doesNotContain(colleaguesTaskId);
      if (read.contains("/count?")) {
        assertThat(answer.body().get("count").asLong()).as(read).isZero();
      }
    }
    for (String resource : List.of("variable-instance", "detail", "task")) {
      var answer = as(RESPONSIBLE).postJson("/engine-rest/history/" + resource, Map.of("processInstanceId", instanceId));
      assertThat(answer.text()).as("POST " + resource).doesNotContain(marker).doesNotContain(colleaguesTaskId);
    }
  }

  @Test
  void aResponsibleReadsNothingOfAColleaguesPhaseThroughTheWebappsEngineApi() {
    var session = WebappSession.login(port, RESPONSIBLE, PASSWORD, "tasklist");
    assertThat(session.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(200);
    for (String read : historyReads()) {
      var answer = session.get("/camunda/api/engine/engine/default" + read);
      assertThat(answer.statusCode()).as(read).isEqualTo(200);
      assertThat(answer.body()).as(read).doesNotContain(marker).doesNotContain(colleaguesTaskId);
    }
  }

  @Test
  void theRolesThatFollowTheObjectiveReadTheWholeHistory() {
    String reports = "/engine-rest/history/variable-instance?variableName=phaseReport&processInstanceId=" + instanceId;
    for (String reader : List.of(DIRIGENTE, DIRETTORE, NUCLEO, CONTROLLO, ADMIN)) {
      assertThat(as(reader).get(reports).text()).as(reader).contains(marker);
      assertThat(as(reader).get("/engine-rest/history/task?processInstanceId=" + instanceId).text()).as(reader)
          .contains(colleaguesTaskId);
    }
  }

  @Test
  void theColleagueReadsHisOwnReportThroughOurApiButTheResponsibleReadsOnlyHers() {
    JsonNode asColleague = as(COLLEAGUE).get("/api/objectives/" + code).body();
    assertThat(phase(asColleague, 1).get("report").asText()).contains(marker);
    assertThat(phase(asColleague, 1).get("completion").decimalValue()).isEqualByComparingTo("100");

    var answer = as(RESPONSIBLE).get("/api/objectives/" + code);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.text()).doesNotContain(marker);
    JsonNode colleagues = phase(answer.body(), 1);
    assertThat(colleagues.get("name").asText()).as("the plan is shared").isNotBlank();
    assertThat(colleagues.get("responsibleId").asText()).isEqualTo(COLLEAGUE);
    for (String reported : List.of("completion", "actualEnd", "report", "state", "stateLabel", "late")) {
      assertThat(hidden(colleagues, reported)).as(reported).isTrue();
    }
    assertThat(phase(answer.body(), 2).get("stateLabel").asText()).as("her own phase").isEqualTo("in corso");
    for (String result : List.of("score", "phasesScore", "indicatorsScore", "band", "deviationReason", "validationNote")) {
      assertThat(hidden(answer.body(), result)).as(result).isTrue();
    }
    answer.body().get("indicators").forEach(indicator -> {
      for (String recorded : List.of("actualValue", "note", "score")) {
        assertThat(hidden(indicator, recorded)).as(recorded).isTrue();
      }
    });
  }

  @Test
  void theRolesThatFollowTheObjectiveReadEveryPhaseReportThroughOurApi() {
    for (String reader : List.of(DIRIGENTE, DIRETTORE, NUCLEO, CONTROLLO, ADMIN)) {
      JsonNode objective = as(reader).get("/api/objectives/" + code).body();
      assertThat(phase(objective, 1).get("report").asText()).as(reader).contains(marker);
      assertThat(phase(objective, 1).get("stateLabel").asText()).as(reader).isEqualTo("completata");
    }
  }

  private static boolean hidden(JsonNode node, String field) {
    return node.path(field).isMissingNode() || node.path(field).isNull();
  }

  private static JsonNode phase(JsonNode objective, int number) {
    for (JsonNode phase : objective.get("phases")) {
      if (phase.get("number").asInt() == number) {
        return phase;
      }
    }
    throw new AssertionError("no phase " + number + " in " + objective);
  }
}
