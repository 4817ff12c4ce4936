package it.pegworkflow.web;

import static it.pegworkflow.process.CampaignConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.process.ProcessConstants;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A campaign as the people of the tests live it: objectives imported from the real sheet into a
 * Direzione of their own (the database is shared by the tests), started by the controllo over the
 * engine's REST API as Tasklist's start form sends it, answered by each responsible with his password.
 */
final class CampaignAtWork {

  private final RunningApplication app;
  private final TaskService tasks;
  final JdbcClient jdbc;

  CampaignAtWork(RunningApplication app, TaskService tasks, JdbcClient jdbc) {
    this.app = app;
    this.tasks = tasks;
    this.jdbc = jdbc;
  }

  /** The real sheet under {@code code}, in Direzione {@code department}, with edits, imported: its instance id. */
  String importObjective(String code, String department, String... replacements) {
    String sheet = RunningApplication.realSheet(code).replace("Direzione\tSERVIZI SOCIALI\t", "Direzione\t" + department + "\t");
    for (int i = 0; i < replacements.length; i += 2) {
      assertThat(sheet).contains(replacements[i]);
      sheet = sheet.replace(replacements[i], replacements[i + 1]);
    }
    Api.Answer imported = app.as(RunningApplication.CONTROLLO).postText("/api/objectives", sheet);
    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    String instanceId = imported.body().path("objectives").get(0).path("processInstanceId").asText();
    app.runDueJobs(instanceId);
    // The sheet's people, now made by the import, get the tests' password.
    for (String person : List.of("vernamarco", "bonannigiuseppina", "delmorosandra", "fotifilippo")) {
      app.user(person);
    }
    return instanceId;
  }

  Api.Answer start(String user, String referenceDate, String deadline, String scope) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(REFERENCE_DATE, text(referenceDate));
    variables.put(ANSWER_DEADLINE, text(deadline));
    variables.put(CAMPAIGN_SCOPE, text(scope));
    return start(user, variables);
  }

  Api.Answer start(String user, Map<String, Object> variables) {
    return app.as(user).postJson("/engine-rest/process-definition/key/" + CAMPAIGN_PROCESS_KEY + "/submit-form",
        Map.of("variables", variables));
  }

  /** Started by the controllo: the campaign's process instance id. */
  String started(String referenceDate, String deadline, String scope) {
    Api.Answer started = start(RunningApplication.CONTROLLO, referenceDate, deadline, scope);
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    String id = started.body().path("id").asText();
    app.runDueJobs(id);
    return id;
  }

  long campaignId(String processInstanceId) {
    return jdbc.sql("select campaign_id from peg_campaign where process_instance_id = ?").param(processInstanceId)
        .query(Long.class).single();
  }

  List<Task> questions(String campaign, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(campaign).taskDefinitionKey(taskKey).orderByTaskName().asc().list();
  }

  Task question(String campaign, String code, int phase) {
    return questions(campaign, TASK_REPORT_PROGRESS).stream()
        .filter(t -> code.equals(tasks.getVariable(t.getId(), ProcessConstants.OBJECTIVE_CODE))
            && Integer.valueOf(phase).equals(tasks.getVariable(t.getId(), ProcessConstants.PHASE_NUMBER)))
        .findFirst().orElseThrow(() -> new AssertionError("no question on phase " + phase + " of " + code));
  }

  Api.Answer answer(Task question, Map<String, Object> variables) {
    return app.as(question.getAssignee()).postJson("/engine-rest/task/" + question.getId() + "/complete",
        Map.of("variables", variables));
  }

  void answered(Task question, Object completion, String forecastEnd, String criticality, String note) {
    Api.Answer answer = answer(question, progress(completion, forecastEnd, criticality, note));
    assertThat(answer.status()).as(answer.text()).isEqualTo(204);
  }

  static Map<String, Object> progress(Object completion, String forecastEnd, String criticality, String note) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(PROGRESS_COMPLETION, completion instanceof String s ? text(s) : Map.of("value", completion, "type", "Integer"));
    variables.put(PROGRESS_FORECAST_END, text(forecastEnd));
    variables.put(PROGRESS_CRITICALITY, text(criticality));
    variables.put(PROGRESS_NOTE, text(note));
    return variables;
  }

  static Map<String, Object> text(String value) {
    Map<String, Object> variable = new LinkedHashMap<>();
    variable.put("value", value);
    variable.put("type", "String");
    return variable;
  }

  Map<String, Object> phaseRow(long campaignId, String code, int phase) {
    return jdbc.sql("select * from peg_campaign_phase where campaign_id = ? and objective_code = ? and phase_number = ?")
        .params(campaignId, code, phase).query().singleRow();
  }

  Map<String, Object> objectiveRow(long campaignId, String code) {
    return jdbc.sql("select * from peg_campaign_objective where campaign_id = ? and objective_code = ?")
        .params(campaignId, code).query().singleRow();
  }

  Map<String, Object> campaignRow(long campaignId) {
    return jdbc.sql("select * from peg_campaign where campaign_id = ?").param(campaignId).query().singleRow();
  }

  /** The plan's phases as peg_phase keeps them: what a campaign must never change. */
  List<Map<String, Object>> phases(String code) {
    return jdbc.sql("select * from peg_phase where objective_code = ? order by phase_number").param(code).query().listOfRows();
  }
}
