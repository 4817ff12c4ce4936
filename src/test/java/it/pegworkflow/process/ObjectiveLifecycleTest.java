package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;
import static it.pegworkflow.process.ProcessHarness.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import it.pegworkflow.objective.ObjectiveState;
import it.pegworkflow.objective.PhaseState;
import it.pegworkflow.store.PhaseRow;
import java.time.ZonedDateTime;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The real Firenze sheet through its year: phases, deadlines, indicators, score, validation. */
class ObjectiveLifecycleTest extends ProcessTest {

  @Autowired HistoryService history;

  @BeforeEach
  void importTheSheetBeforeTheYearStarts() {
    today("2016-12-20");
  }

  @Test
  void aPhaseThatHasNotStartedHasNoTask() {
    ProcessInstance instance = instance(harness.importSheet(ProcessHarness.realSheet(code)));
    today("2017-02-15");
    harness.runDueJobs(instance.getId());

    assertThat(harness.tasksOf(instance.getId(), TASK_COMPLETE_PHASE)).hasSize(3)
        .noneMatch(task -> task.getName().startsWith("Stipula protocolli"));
    assertThat(store.phase(code, 2).state()).isEqualTo(PhaseState.PLANNED);
    assertThat(store.phase(code, 1).state()).isEqualTo(PhaseState.RUNNING);
  }

  @Test
  void aPhasePastItsPlannedEndIsFlaggedAndTheDirigenteIsWarned() {
    ProcessInstance instance = instance(harness.importSheet(ProcessHarness.realSheet(code)));
    today("2017-03-01");
    harness.runDueJobs(instance.getId());
    assertThat(harness.tasksOf(instance.getId(), TASK_URGE_LATE_PHASE)).isEmpty();

    today("2017-12-01");
    harness.runDueJobs(instance.getId());

    var warning = harness.tasksOf(instance.getId(), TASK_URGE_LATE_PHASE);
    assertThat(warning).hasSize(1);
    assertThat(warning.get(0).getAssignee()).isEqualTo("fotifilippo");
    assertThat(warning.get(0).getName()).as("who, since when, how late, which phase")
        .startsWith("Fase in ritardo di 1 giorno (fine prevista 30/11/2017), BONANNI GIUSEPPINA: Stipula protocolli")
        .endsWith("(" + code + ")");
    assertThat(warning.get(0).getDescription()).contains("BONANNI GIUSEPPINA - P.O. STRANIERI E IMMIGRAZIONE",
        "doveva concludersi il 30/11/2017", "in ritardo di 1 giorno");
    assertThat(warning.get(0).getDueDate()).as("under «In ritardo» at once: its deadline is the phase's")
        .isEqualTo(harness.phaseTask(instance.getId(), "Stipula protocolli").getDueDate())
        .isBefore(java.util.Date.from(ZonedDateTime.parse("2017-12-01T00:00:00+01:00[Europe/Rome]").toInstant()));
    assertThat(store.phase(code, 2).late()).isTrue();
    assertThat(store.phase(code, 1).late()).isFalse();
    var protocols = harness.phaseTask(instance.getId(), "Stipula protocolli");
    assertThat(tasks.getVariable(protocols.getId(), PHASE_LATE)).isEqualTo(true);

    harness.completePhase(protocols, 100, "2017-12-01", "Conclusa con un giorno di ritardo");
    assertThat(harness.tasksOf(instance.getId(), TASK_URGE_LATE_PHASE))
        .as("the warning goes away with the phase it warned about").isEmpty();
    assertThat(harness.tasksOf(instance.getId(), TASK_COMPLETE_PHASE)).hasSize(3);
  }

  /**
   * An objective started on a model of an earlier version (running objectives keep theirs), whose
   * warning had no deadline: its warnings get the phase's all the same, and are under «In ritardo».
   */
  @Test
  void aWarningOfAnObjectiveStartedOnAnEarlierModelHasThePhasesDeadlineToo() throws Exception {
    var repository = engine.getRepositoryService();
    var earlier = repository.createDeployment().name("peg-workflow-earlier");
    for (String model : java.util.List.of("PegObjective.bpmn", "ObjectiveBand.dmn", "CompletePhase.form",
        "UrgeLatePhase.form", "RecordIndicator.form", "JustifyDeviation.form", "ValidateReport.form")) {
      String content = new org.springframework.core.io.ClassPathResource("processes/" + model)
          .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
      earlier.addString("processes/" + model, content.replace(
          "camunda:assignee=\"${managerId}\" camunda:dueDate=\"${phaseDueDate}\"", "camunda:assignee=\"${managerId}\""));
    }
    String deployment = earlier.deploy().getId();
    try {
      ProcessInstance instance = instance(harness.importSheet(ProcessHarness.realSheet(code)));
      assertThat(repository.getBpmnModelInstance(instance.getProcessDefinitionId()).getModelElementById(TASK_URGE_LATE_PHASE)
          .getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "dueDate")).as("the earlier model").isNull();
      today("2017-12-01");
      harness.runDueJobs(instance.getId());

      var warning = harness.tasksOf(instance.getId(), TASK_URGE_LATE_PHASE).get(0);
      assertThat(warning.getDueDate()).isEqualTo(harness.phaseTask(instance.getId(), "Stipula protocolli").getDueDate());
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Autowired LateWarningsRepair lateWarnings;

  /** A warning an earlier version made, without deadline nor names, is brought up to date at start-up. */
  @Test
  void aWarningOfAnEarlierVersionGetsItsDeadlineAndNamesAtStartUp() {
    ProcessInstance instance = instance(harness.importSheet(ProcessHarness.realSheet(code)));
    today("2017-12-01");
    harness.runDueJobs(instance.getId());
    var warning = harness.tasksOf(instance.getId(), TASK_URGE_LATE_PHASE).get(0);
    warning.setDueDate(null);
    warning.setName("Fase in ritardo: Stipula protocolli (" + code + ")");
    warning.setDescription("La fase ha superato la fine prevista senza essere completata.");
    tasks.saveTask(warning);

    today("2017-12-04");
    assertThat(lateWarnings.repair()).isPositive();

    var repaired = harness.tasksOf(instance.getId(), TASK_URGE_LATE_PHASE).get(0);
    assertThat(repaired.getDueDate()).isEqualTo(harness.phaseTask(instance.getId(), "Stipula protocolli").getDueDate());
    assertThat(repaired.getName()).startsWith("Fase in ritardo di 4 giorni (fine prevista 30/11/2017), BONANNI GIUSEPPINA: "
        + "Stipula protocolli").endsWith("(" + code + ")");
    assertThat(repaired.getDescription()).contains("responsabile BONANNI GIUSEPPINA - P.O. STRANIERI E IMMIGRAZIONE");
    assertThat(lateWarnings.repair()).as("nothing left to repair").isZero();
  }

  @Test
  void theReportingDeadlineClosesOpenPhasesWithTheirLastReportedCompletion() {
    ProcessInstance instance = instance(harness.importSheet(ProcessHarness.realSheet(code)));
    today("2017-03-01");
    harness.runDueJobs(instance.getId());
    var pon = harness.phaseTask(instance.getId(), "Attuazione proposta");
    harness.completePhase(pon, 100, "2017-03-01", "Progetto attuato");
    var funding = harness.phaseTask(instance.getId(), "Ricerca finanziamenti");
    tasks.setVariable(funding.getId(), PHASE_COMPLETION, 60);

    today("2018-02-01");
    harness.runDueJobs(instance.getId());

    assertThat(harness.tasksOf(instance.getId(), TASK_COMPLETE_PHASE)).isEmpty();
    assertThat(store.phase(code, 1).state()).isEqualTo(PhaseState.COMPLETED);
    PhaseRow closed = store.phase(code, 4);
    assertThat(closed.state()).isEqualTo(PhaseState.NOT_COMPLETED);
    assertThat(closed.completion()).isEqualByComparingTo("60");
    assertThat(closed.late()).isTrue();
    assertThat(store.phase(code, 2).completion()).isEqualByComparingTo("0");
    assertThat(instance).isWaitingAt(TASK_RECORD_INDICATOR);
  }

  @Test
  void aLateImportFiresEveryPastDateAtOnce() {
    today("2018-03-01");
    ProcessInstance instance = instance(harness.importSheet(ProcessHarness.realSheet(code)));
    harness.runDueJobsLatestFirst(instance.getId());

    // Planned starts, planned ends and the reporting deadline have all passed: every phase opened,
    // was flagged late and closed as not completed, and the Dirigente is asked for the indicators.
    assertThat(store.phases(code)).allMatch(p -> p.state() == PhaseState.NOT_COMPLETED && p.late());
    assertThat(harness.tasksOf(instance.getId(), TASK_RECORD_INDICATOR)).hasSize(3);
  }

  private void complete(String taskKey, ProcessInstance instance, Map<String, Object> variables) {
    tasks.complete(harness.tasksOf(instance.getId(), taskKey).get(0).getId(), variables);
  }
}
