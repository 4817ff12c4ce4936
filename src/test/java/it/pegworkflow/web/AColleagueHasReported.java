package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.process.ProcessConstants;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scene of the history tests: the real Firenze sheet with its phases open, and Marco Verna has
 * completed his phase with a report no other text contains. Giuseppina Bonanni, in the same centre,
 * still works on her two phases; Filippo Foti is the Dirigente, Vincenzo Cavalleri the Direttore.
 */
abstract class AColleagueHasReported extends RunningApplication {

  static final String COLLEAGUE = "vernamarco";
  static final String RESPONSIBLE = "bonannigiuseppina";
  static final String DIRIGENTE = "fotifilippo";
  static final String DIRETTORE = "cavallerivincenzo";
  static final String NUCLEO = "nucleotest";

  @Autowired TaskService tasks;

  String code;
  String instanceId;
  String colleaguesTaskId;
  /** Unique to this test: it may appear only where the colleague's phase may be read. */
  String marker;

  @BeforeEach
  void aColleagueCompletesHisPhaseWithAReport() {
    code = newCode();
    today("2017-03-15");
    var answer = as(CONTROLLO).postText("/api/objectives", realSheet(code));
    assertThat(answer.status()).isEqualTo(201);
    instanceId = answer.body().at("/objectives/0/processInstanceId").asText();
    runDueJobs(instanceId);
    for (String person : List.of(COLLEAGUE, RESPONSIBLE, "delmorosandra", DIRIGENTE, DIRETTORE)) {
      user(person);
    }
    user(NUCLEO, ProcessConstants.NUCLEO_GROUP);

    marker = "RELAZIONE" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
    colleaguesTaskId = tasks.createTaskQuery().processInstanceId(instanceId).taskAssignee(COLLEAGUE).singleResult().getId();
    var completion = as(COLLEAGUE).postJson("/engine-rest/task/" + colleaguesTaskId + "/complete", Map.of("variables", Map.of(
        "phaseCompletion", Map.of("value", 100),
        "phaseActualEnd", Map.of("value", "2017-03-15"),
        "phaseReport", Map.of("value", "Fatto tutto. " + marker))));
    assertThat(completion.status()).as(completion.text()).isEqualTo(204);
    runDueJobs(instanceId);
  }
}
