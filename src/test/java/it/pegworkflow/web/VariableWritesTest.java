package it.pegworkflow.web;

import static it.pegworkflow.process.ProcessConstants.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Variables are written by completing a task (its contract) and otherwise only by the controllo di
 * gestione and the administrator, whatever the endpoint; requests to the engine APIs are bounded.
 */
class VariableWritesTest extends RunningApplication {

  private static final String PROCESS_RULES = "Un obiettivo segue il suo processo: non si avvia, sposta, riavvia, migra "
      + "o cancella a mano, e la sua cronologia non si cancella (gli obiettivi si importano con il foglio del PEG)";

  private static final Map<String, Object> HIMSELF = Map.of("value", "vernamarco", "type", "String");

  @Autowired RuntimeService runtime;

  @Test
  void aResponsibleWritesNoVariableOutsideHisTaskOnAnyEndpoint() {
    TaskContractTest.PhaseTask phase = phase();
    String instance = "/engine-rest/process-instance/" + phase.instanceId();
    String execution = "/engine-rest/execution/" + runtime.createExecutionQuery().processInstanceId(phase.instanceId())
        .activityId(TASK_COMPLETE_PHASE).list().get(0).getId();
    Map<String, Object> modification = Map.of("modifications", Map.of(MANAGER_ID, HIMSELF));
    Map<String, Api.Answer> answers = new LinkedHashMap<>();
    Api verna = phase.verna();
    answers.put("PUT task variable", verna.putJson(phase.path() + "/variables/" + MANAGER_ID, HIMSELF));
    answers.put("PUT task local variable", verna.putJson(phase.path() + "/localVariables/" + PHASE_LATE,
        Map.of("value", false, "type", "Boolean")));
    answers.put("POST task variables", verna.postJson(phase.path() + "/variables", modification));
    answers.put("POST task local variables", verna.postJson(phase.path() + "/localVariables", modification));
    answers.put("DELETE task variable", verna.delete(phase.path() + "/variables/" + PHASE_NAME));
    answers.put("PUT execution local variable", verna.putJson(execution + "/localVariables/" + PHASE_ASSIGNEE, HIMSELF));
    answers.put("POST execution local variables", verna.postJson(execution + "/localVariables", modification));
    answers.put("PUT instance variable", verna.putJson(instance + "/variables/" + MANAGER_ID, HIMSELF));
    answers.put("POST instance variables", verna.postJson(instance + "/variables", modification));
    answers.put("DELETE instance variable", verna.delete(instance + "/variables/" + MANAGER_ID));
    answers.put("modification", verna.postJson(instance + "/modification", Map.of("instructions",
        java.util.List.of(Map.of("type", "startBeforeActivity", "activityId", TASK_RECORD_INDICATOR,
            "variables", Map.of(MANAGER_ID, Map.of("value", HIMSELF)))))));
    answers.put("message", verna.postJson("/engine-rest/message", Map.of("messageName", "Qualsiasi",
        "processInstanceId", phase.instanceId(), "processVariables", Map.of(MANAGER_ID, HIMSELF))));
    answers.put("signal", verna.postJson("/engine-rest/signal", Map.of("name", "Qualsiasi",
        "variables", Map.of(MANAGER_ID, HIMSELF))));
    answers.put("start", verna.postJson("/engine-rest/process-definition/key/" + PROCESS_KEY + "/start",
        Map.of("businessKey", "2017_FALSO", "variables", Map.of(MANAGER_ID, HIMSELF))));
    answers.put("BPMN error", verna.postJson(phase.path() + "/bpmnError", Map.of("errorCode", "fine",
        "variables", Map.of(MANAGER_ID, HIMSELF))));
    answers.put("Tasklist", WebappSession.login(port, "vernamarco", PASSWORD)
        .postToEngine("/task/" + phase.id() + "/variables", TaskContractTest.json(modification)));

    answers.forEach((what, answer) -> {
      assertThat(answer.status()).as(what + ": " + answer.text()).isEqualTo(403);
      assertThat(answer.body().path("message").asText()).as(what).isIn(
          "Solo il controllo di gestione e l'amministratore possono scrivere le variabili di un obiettivo", PROCESS_RULES);
    });
    assertThat(runtime.getVariable(phase.instanceId(), MANAGER_ID)).isEqualTo("fotifilippo");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("2017_FALSO").count()).isZero();
    assertThat(verna.get(phase.path()).status()).isEqualTo(200);
  }

  /**
   * What the process keeps (a phase's completion, the scores, who the Dirigente is) changes only by
   * completing the task that asks for it: written behind the task, the score would be computed from a
   * value our tables, the dashboard and the report never saw. Refused to the controllo di gestione too.
   */
  @Test
  void theControlloDiGestioneCannotRewriteWhatTheProcessKeepsNorMoveOrCancelAnObjective() {
    TaskContractTest.PhaseTask phase = phase();
    String execution = "/engine-rest/execution/" + runtime.createExecutionQuery().processInstanceId(phase.instanceId())
        .activityId(TASK_COMPLETE_PHASE).list().get(0).getId();
    String instance = "/engine-rest/process-instance/" + phase.instanceId();
    Api controllo = as(CONTROLLO);
    Map<String, Object> hundred = Map.of("value", 100, "type", "Integer");

    Map<String, Api.Answer> rewrites = new LinkedHashMap<>();
    rewrites.put("phaseCompletion of the running phase", controllo.putJson(execution + "/localVariables/" + PHASE_COMPLETION, hundred));
    rewrites.put("through the task", controllo.putJson(phase.path() + "/variables/" + PHASE_COMPLETION, hundred));
    rewrites.put("the score", controllo.putJson(instance + "/variables/" + OBJECTIVE_SCORE, hundred));
    rewrites.put("the Dirigente", controllo.postJson(instance + "/variables", Map.of("modifications",
        Map.of(MANAGER_ID, Map.of("value", CONTROLLO, "type", "String")))));
    rewrites.put("removing the report", controllo.delete(execution + "/localVariables/" + PHASE_REPORT));
    rewrites.forEach((what, answer) -> {
      assertThat(answer.status()).as(what + ": " + answer.text()).isEqualTo(409);
      assertThat(answer.body().path("message").asText()).as(what).contains("è un dato dell'obiettivo tenuto dal suo processo");
    });

    Map<String, Api.Answer> moves = new LinkedHashMap<>();
    moves.put("modification", controllo.postJson(instance + "/modification", Map.of("skipCustomListeners", true,
        "instructions", java.util.List.of(Map.of("type", "startBeforeActivity", "activityId", TASK_VALIDATE_REPORT)))));
    moves.put("cancellation", controllo.delete(instance + "?skipCustomListeners=true"));
    moves.put("history deleted", controllo.delete("/engine-rest/history/process-instance/" + phase.instanceId()));
    moves.forEach((what, answer) -> {
      assertThat(answer.status()).as(what + ": " + answer.text()).isEqualTo(403);
      assertThat(answer.body().path("message").asText()).as(what).isEqualTo(PROCESS_RULES);
    });

    assertThat(runtime.getVariable(phase.instanceId(), MANAGER_ID)).isEqualTo("fotifilippo");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(phase.instanceId()).count()).isOne();
    assertThat(runtime.createExecutionQuery().processInstanceId(phase.instanceId()).activityId(TASK_VALIDATE_REPORT).count())
        .isZero();
    var row = as(CONTROLLO).get("/api/objectives/" + phase.code()).body();
    assertThat(row.at("/phases/0/completion").isNull()).as("our table agrees with the engine").isTrue();
    assertThat(row.at("/phases/0/stateLabel").asText()).isEqualTo("in corso");
  }

  @Test
  void theControlloDiGestioneAndTheAdministratorMayStillCorrectAVariable() {
    TaskContractTest.PhaseTask phase = phase();
    String variable = "/engine-rest/process-instance/" + phase.instanceId() + "/variables/nota";

    Api.Answer controllo = as(CONTROLLO).putJson(variable, Map.of("value", "corretto dal controllo", "type", "String"));
    Api.Answer admin = as(ADMIN).putJson(variable, Map.of("value", "corretto dall'amministratore", "type", "String"));

    assertThat(controllo.status()).as(controllo.text()).isEqualTo(204);
    assertThat(admin.status()).as(admin.text()).isEqualTo(204);
    assertThat(runtime.getVariable(phase.instanceId(), "nota")).isEqualTo("corretto dall'amministratore");
  }

  @Test
  void requestBodiesToTheEngineApisHaveASizeLimit() {
    TaskContractTest.PhaseTask phase = phase();
    Map<String, Object> variables = TaskContractTest.report(50, "2017-03-02");
    variables.put(PHASE_REPORT, Map.of("value", "x".repeat(1_100_000), "type", "String"));
    String body = TaskContractTest.json(Map.of("variables", variables));

    Api.Answer rest = phase.verna().postJson(phase.path() + "/complete", Map.of("variables", variables));
    Api.Answer tasklist = WebappSession.login(port, "vernamarco", PASSWORD)
        .postToEngine("/task/" + phase.id() + "/submit-form", body);

    for (Api.Answer refused : new Api.Answer[] {rest, tasklist}) {
      assertThat(refused.status()).as(refused.text()).isEqualTo(413);
      assertThat(refused.body().path("detail").asText()).isEqualTo("La richiesta supera il limite di 1 MB");
    }
    assertThat(phase.verna().get(phase.path()).status()).isEqualTo(200);
  }

  @Test
  void anObjectVariableOfAClassOutsideTheAllowListIsNeverDeserialised() {
    TaskContractTest.PhaseTask phase = phase();
    runtime.setVariable(phase.instanceId(), "file", Variables.serializedObjectValue("\"/etc/passwd\"")
        .objectTypeName("java.io.File").serializationDataFormat(Variables.SerializationDataFormats.JSON).create());

    assertThatThrownBy(() -> runtime.getVariable(phase.instanceId(), "file"))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("java.io.File");
  }

  private TaskContractTest.PhaseTask phase() {
    return TaskContractTest.vernasPhase(this);
  }
}
