package it.pegworkflow.web;

import static it.pegworkflow.process.ProcessConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scene of the validation tests: the real Firenze sheet reported for the whole of 2017 (phase 4
 * only half done, the three indicators recorded with a note each, the deviation justified by Filippo
 * Foti), waiting for the Nucleo di Valutazione on 20 December 2017.
 */
abstract class AReportAtTheNucleo extends RunningApplication {

  static final String DIRIGENTE = "fotifilippo";
  static final String NUCLEO = "nucleotest";
  static final String JUSTIFICATION = "Il bando regionale è uscito in ritardo";

  @Autowired TaskService tasks;

  String code;
  String instanceId;

  @BeforeEach
  void theObjectiveIsReportedAndJustified() {
    today("2017-12-20");
    code = newCode();
    var imported = as(CONTROLLO).postText("/api/objectives", realSheet(code));
    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    instanceId = imported.body().at("/objectives/0/processInstanceId").asText();
    runDueJobs(instanceId);
    user(DIRIGENTE);
    user(NUCLEO, NUCLEO_GROUP);
    for (Task phase : tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(TASK_COMPLETE_PHASE).list()) {
      int number = (Integer) tasks.getVariable(phase.getId(), PHASE_NUMBER);
      tasks.complete(phase.getId(), Map.of(PHASE_COMPLETION, number == 4 ? 50 : 100, PHASE_ACTUAL_END, "2017-12-1" + number,
          PHASE_REPORT, "Relazione della fase " + number));
      runDueJobs(instanceId);
    }
    List<String> actuals = List.of("20/06/2017", "3/5", "120");
    for (Task indicator : tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(TASK_RECORD_INDICATOR).list()) {
      int number = (Integer) tasks.getVariable(indicator.getId(), INDICATOR_NUMBER);
      tasks.complete(indicator.getId(), Map.of(INDICATOR_ACTUAL, actuals.get(number - 1),
          INDICATOR_NOTE, "Nota dell'indicatore " + number));
    }
    runDueJobs(instanceId);
    tasks.complete(task(TASK_JUSTIFY_DEVIATION).getId(), Map.of(DEVIATION_REASON, JUSTIFICATION));
    assertThat(task(TASK_VALIDATE_REPORT)).isNotNull();
  }

  Task task(String taskDefinitionKey) {
    return tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  List<String> openTasks() {
    return tasks.createTaskQuery().processInstanceId(instanceId).list().stream().map(Task::getTaskDefinitionKey).toList();
  }

  JsonNode detail() {
    return as(CONTROLLO).get("/api/objectives/" + code).body();
  }
}
