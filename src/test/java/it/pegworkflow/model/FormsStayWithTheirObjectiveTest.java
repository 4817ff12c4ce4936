package it.pegworkflow.model;

import static it.pegworkflow.process.ProcessConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.model.ModelDoubles.PlannedPhase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.io.ClassPathResource;

/**
 * The forms and the decision are bound to the deployment of the objective's process: a new
 * version of a form serves the objectives started after it, while a running one keeps its own.
 */
class FormsStayWithTheirObjectiveTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder().configurationResource("model-engine.cfg.xml").build();

  private static final List<String> MODELS = List.of("PegObjective.bpmn", "ObjectiveBand.dmn", "CompletePhase.form",
      "UrgeLatePhase.form", "RecordIndicator.form", "JustifyDeviation.form", "ValidateReport.form");

  ProcessEngine engine;
  final ModelDoubles doubles = new ModelDoubles();

  @BeforeEach
  void onePhaseOpen() {
    engine = extension.getProcessEngine();
    doubles.phases = List.of(new PlannedPhase("vernamarco", "inclusionesociale", LocalDate.of(2017, 1, 2),
        LocalDate.of(2017, 6, 30)));
    doubles.register();
    ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf("2017-03-01 12:00:00"));
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    ModelDoubles.reset();
    engine.getRepositoryService().createDeploymentQuery().list()
        .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
  }

  @Test
  void aRunningObjectiveKeepsTheFormItStartedWith() throws IOException {
    deploy(null);
    String before = phaseFormOf(startWithItsPhaseOpen());

    deploy("Nuova versione del modulo");
    String runningAfter = phaseFormOf(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).orderByProcessInstanceId().asc().list().get(0));
    String newObjective = phaseFormOf(startWithItsPhaseOpen());

    assertThat(before).doesNotContain("Nuova versione del modulo");
    assertThat(runningAfter).isEqualTo(before);
    assertThat(newObjective).contains("Nuova versione del modulo");
  }

  private void deploy(String changedText) throws IOException {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("peg-workflow");
    for (String model : MODELS) {
      String content = new ClassPathResource("processes/" + model).getContentAsString(StandardCharsets.UTF_8);
      if (changedText != null && model.equals("CompletePhase.form")) {
        content = content.replaceFirst("\"components\": \\[", "\"components\": [ { \"type\": \"text\", \"id\": \"Text_Changed\", \"text\": \""
            + changedText + "\" },");
      }
      deployment.addString("processes/" + model, content);
    }
    deployment.deploy();
  }

  private ProcessInstance startWithItsPhaseOpen() {
    ProcessInstance objective = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, "2017_M01",
        doubles.startVariables("fotifilippo", 0, LocalDate.of(2018, 1, 31)));
    engine.getManagementService().createJobQuery().processInstanceId(objective.getId()).executable().list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    return objective;
  }

  private String phaseFormOf(ProcessInstance objective) throws IOException {
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(objective.getId())
        .taskDefinitionKey(TASK_COMPLETE_PHASE).singleResult().getId();
    try (InputStream form = engine.getFormService().getDeployedTaskForm(taskId)) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
