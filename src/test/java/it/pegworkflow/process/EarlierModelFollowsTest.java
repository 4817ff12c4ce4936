package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;
import static it.pegworkflow.process.ProcessHarness.today;
import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.objective.PhaseState;
import it.pegworkflow.variation.Attribute;
import it.pegworkflow.variation.Change;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An objective started on the model before variations (no Fase soppressa, indicators counted) is
 * brought onto the latest model when a variation removes a phase or an indicator, and then follows it.
 */
class EarlierModelFollowsTest extends ProcessTest {

  @Autowired PlanFollower follower;
  @Autowired JdbcClient jdbc;
  @Autowired RepositoryService repository;

  @Test
  void anObjectiveOfTheEarlierModelLosesAPhaseAndAnIndicatorAfterItsMigration() throws IOException {
    String earlier = deploy("peg-workflow-before-variations", "processes-before-variations/PegObjective.bpmn");
    String current = null;
    try {
      today("2016-12-20");
      ProcessInstance instance = instance(harness.importSheet(ProcessHarness.realSheet(code)));
      current = deploy("peg-workflow-current", "processes/PegObjective.bpmn");
      today("2017-03-01");
      harness.runDueJobs(instance.getId());
      assertThat(runtime.createEventSubscriptionQuery().processInstanceId(instance.getId())
          .eventName(MESSAGE_PHASE_REMOVED).count()).as("the earlier model cannot remove a phase").isZero();

      new PlanTables(jdbc, code).removeIndicator(2);
      follower.follow(code, List.of(Change.ofPhase(2, Attribute.PHASE_REMOVED, "Stipula protocolli", null),
          Change.ofIndicator(2, Attribute.INDICATOR_REMOVED, "Ricerca finanziamenti", null)));

      String latest = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).latestVersion()
          .singleResult().getId();
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
          .getProcessDefinitionId()).isEqualTo(latest);
      assertThat(store.phase(code, 2).state()).isEqualTo(PhaseState.REMOVED);
      assertThat(harness.tasksOf(instance.getId(), TASK_COMPLETE_PHASE)).hasSize(3);

      today("2017-11-20");
      for (String phase : List.of("Attuazione proposta", "Promuovere l'integrazione", "Ricerca finanziamenti")) {
        harness.completePhase(harness.phaseTask(instance.getId(), phase), 100, "2017-11-20", "Fatto");
      }
      assertThat(harness.tasksOf(instance.getId(), TASK_RECORD_INDICATOR))
          .extracting(task -> tasks.getVariable(task.getId(), INDICATOR_NUMBER)).containsExactlyInAnyOrder(1, 3);
    } finally {
      if (current != null) {
        repository.deleteDeployment(current, true);
      }
      repository.deleteDeployment(earlier, true);
    }
  }

  /** A deployment of the objective's models, with {@code bpmn} as its PegObjective.bpmn. */
  private String deploy(String name, String bpmn) throws IOException {
    var deployment = repository.createDeployment().name(name)
        .addString("processes/PegObjective.bpmn", new ClassPathResource(bpmn).getContentAsString(StandardCharsets.UTF_8));
    for (String model : List.of("ObjectiveBand.dmn", "CompletePhase.form", "UrgeLatePhase.form", "RecordIndicator.form",
        "JustifyDeviation.form", "ValidateReport.form", "RevisePhase.form")) {
      deployment.addString("processes/" + model,
          new ClassPathResource("processes/" + model).getContentAsString(StandardCharsets.UTF_8));
    }
    return Objects.requireNonNull(deployment.deploy().getId());
  }
}
