package it.pegworkflow.model;

import static it.pegworkflow.process.ProcessConstants.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import it.pegworkflow.model.ModelDoubles.PlannedPhase;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The objective's model on a plain engine, without Spring or our tables: the happy path once, then
 * each branch from where it begins. The model's beans are {@link ModelDoubles}; the decision is the real one.
 */
@Deployment(resources = {"processes/PegObjective.bpmn", "processes/ObjectiveBand.dmn", "processes/CompletePhase.form",
    "processes/UrgeLatePhase.form", "processes/RecordIndicator.form", "processes/JustifyDeviation.form",
    "processes/ValidateReport.form", "processes/RevisePhase.form"})
class PegObjectiveModelTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder().configurationResource("model-engine.cfg.xml").build();

  private static final LocalDate REPORTING_DEADLINE = LocalDate.of(2018, 1, 31);

  ProcessEngine engine;
  final ModelDoubles doubles = new ModelDoubles();

  @BeforeEach
  void twoPhasesOfTwoResponsibles() {
    engine = extension.getProcessEngine();
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
    doubles.phases = List.of(
        new PlannedPhase("vernamarco", "inclusionesociale", LocalDate.of(2017, 2, 1), LocalDate.of(2017, 6, 30)),
        new PlannedPhase("bonannigiuseppina", "stranieri", LocalDate.of(2017, 3, 1), LocalDate.of(2017, 10, 31)));
    doubles.register();
  }

  @AfterEach
  void resetTheClockAndTheDoubles() {
    ClockUtil.reset();
    ModelDoubles.reset();
  }

  @Test
  void aFullYearEndsReportedWithoutAskingForAJustification() {
    today("2017-01-10");
    ProcessInstance objective = start(1);
    assertThat(objective).isWaitingAt("Timer_PlannedStartReached");

    today("2017-03-10");
    runDueJobs(objective);
    List<Task> phases = phaseTasks(objective);
    assertThat(phases).extracting(Task::getAssignee).containsExactlyInAnyOrder("vernamarco", "bonannigiuseppina");
    assertThat(phaseOf("vernamarco")).hasCandidateGroupAssociated("inclusionesociale")
        .hasDueDate(ModelDoubles.endOf(LocalDate.of(2017, 6, 30)));

    today("2017-06-20");
    phases.forEach(phase -> conclude(phase));
    runDueJobs(objective);
    assertThat(objective).isWaitingAt(TASK_RECORD_INDICATOR);
    assertThat(taskAt(TASK_RECORD_INDICATOR, objective)).isAssignedTo("fotifilippo");

    complete(taskAt(TASK_RECORD_INDICATOR, objective));
    runDueJobs(objective);
    assertThat(objective).isWaitingAt(TASK_VALIDATE_REPORT).variables()
        .containsEntry(BAND, "raggiunto").containsEntry("justificationRequired", false);
    assertThat(taskAt(TASK_VALIDATE_REPORT, objective)).hasCandidateGroupAssociated(NUCLEO_GROUP);

    complete(taskAt(TASK_VALIDATE_REPORT, objective), withVariables(VALIDATION_APPROVED, true));
    assertThat(objective).isEnded().hasPassed(END_OBJECTIVE_REPORTED).hasNotPassed(TASK_JUSTIFY_DEVIATION);
    assertThat(objective).hasPassedInOrder(TASK_RECORD_INDICATOR, "BusinessRuleTask_AssignBand", TASK_VALIDATE_REPORT,
        END_OBJECTIVE_REPORTED);
    assertThat(doubles.flaggedLate).isEmpty();
  }

  @Test
  void aPhasePastItsPlannedEndIsFlaggedAndTheDirigenteUrgesItUntilItIsCompleted() {
    today("2017-01-10");
    ProcessInstance objective = start(1);
    today("2017-07-05");
    runDueJobs(objective);

    assertThat(doubles.flaggedLate).containsExactly(1);
    Task urge = taskAt(TASK_URGE_LATE_PHASE, objective);
    assertThat(urge).isAssignedTo("fotifilippo");
    assertThat(engine.getTaskService().getVariable(urge.getId(), PHASE_LATE)).isEqualTo(true);

    conclude(phaseOf("vernamarco"));
    runDueJobs(objective);
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_URGE_LATE_PHASE).count())
        .as("the warning closes with its phase").isZero();
    assertThat(phaseTasks(objective)).extracting(Task::getAssignee).containsExactly("bonannigiuseppina");
  }

  @Test
  void atTheReportingDeadlineAnOpenPhaseClosesNotCompletedAndTheIndicatorsFollow() {
    today("2017-01-10");
    ProcessInstance objective = start(1);
    today("2017-03-10");
    runDueJobs(objective);
    conclude(phaseOf("bonannigiuseppina"));
    runDueJobs(objective);

    today("2018-02-01");
    runDueJobs(objective);

    assertThat(doubles.closedUnfinished).containsExactly(1);
    assertThat(objective).hasPassed(SERVICE_CLOSE_UNFINISHED_PHASE, "EndEvent_PhaseClosed").isWaitingAt(TASK_RECORD_INDICATOR);
  }

  @Test
  void aProgressUpdateBringsThePhaseBackToItsResponsibleAndOnlyTheConclusionEndsIt() {
    today("2017-01-10");
    ProcessInstance objective = start(1);
    today("2017-03-10");
    runDueJobs(objective);

    complete(phaseOf("vernamarco"), withVariables(PHASE_OUTCOME, OUTCOME_PROGRESS, PHASE_COMPLETION, 30));
    assertThat(phaseOf("vernamarco")).as("an update gives the task back at once, with no job to wait for").isNotNull();
    complete(phaseOf("vernamarco"), withVariables(PHASE_OUTCOME, OUTCOME_PROGRESS, PHASE_COMPLETION, 60));
    runDueJobs(objective);

    Task phase = phaseOf("vernamarco");
    assertThat(phase).as("the phase is still open after two updates").isNotNull();
    assertThat(engine.getTaskService().getVariable(phase.getId(), PHASE_COMPLETION)).as("the last update shows").isEqualTo(60);
    assertThat(phaseTasks(objective)).hasSize(2);

    complete(phase, withVariables(PHASE_OUTCOME, OUTCOME_CONCLUDED, PHASE_COMPLETION, 100));
    conclude(phaseOf("bonannigiuseppina"));
    runDueJobs(objective);
    assertThat(objective).isWaitingAt(TASK_RECORD_INDICATOR);
  }

  @Test
  void progressUpdatesOfALatePhaseNeitherWarnAgainNorPostponeTheReportingDeadline() {
    today("2017-01-10");
    ProcessInstance objective = start(1);
    today("2017-07-05");
    runDueJobs(objective);
    assertThat(doubles.flaggedLate).containsExactly(1);

    for (int completion : new int[] {70, 80, 90}) {
      complete(phaseOf("vernamarco"), withVariables(PHASE_OUTCOME, OUTCOME_PROGRESS, PHASE_COMPLETION, completion));
      runDueJobs(objective);
    }

    assertThat(doubles.flaggedLate).as("one warning for the phase, whatever the updates").containsExactly(1);
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_URGE_LATE_PHASE).count()).isEqualTo(1);
    conclude(phaseOf("bonannigiuseppina"));
    today("2018-02-01");
    runDueJobs(objective);
    assertThat(doubles.closedUnfinished).containsExactly(1);
    assertThat(objective).isWaitingAt(TASK_RECORD_INDICATOR);
  }

  @Test
  void aCompletedPhaseWaitsForTheOthersAndItsDirigenteMayReopenItWithItsValues() {
    today("2017-01-10");
    ProcessInstance objective = start(1);
    today("2017-03-10");
    runDueJobs(objective);
    complete(phaseOf("vernamarco"), withVariables(PHASE_OUTCOME, OUTCOME_CONCLUDED, PHASE_COMPLETION, 80, PHASE_REPORT, "Fatto quasi tutto"));
    runDueJobs(objective);
    assertThat(phaseTasks(objective)).extracting(Task::getAssignee).containsExactly("bonannigiuseppina");

    reopen(objective, 1, "Completamento da correggere");

    Task reopened = phaseOf("vernamarco");
    assertThat(engine.getTaskService().getVariables(reopened.getId()))
        .containsEntry(PHASE_COMPLETION, 80).containsEntry(PHASE_REPORT, "Fatto quasi tutto")
        .containsEntry(PHASE_REOPENING_REASON, "Completamento da correggere");
    conclude(phaseOf("bonannigiuseppina"));
    runDueJobs(objective);
    assertThat(objective).as("the reporting waits for the reopened phase").isNotWaitingAt(TASK_RECORD_INDICATOR);

    complete(reopened, withVariables(PHASE_OUTCOME, OUTCOME_CONCLUDED, PHASE_COMPLETION, 100));
    runDueJobs(objective);
    assertThat(objective).isWaitingAt(TASK_RECORD_INDICATOR).hasPassed("ServiceTask_ReopenPhase");
  }

  @Test
  void onceEveryPhaseIsConcludedThereIsNothingToReopen() {
    today("2017-01-10");
    ProcessInstance objective = start(1);
    today("2017-03-10");
    runDueJobs(objective);
    phaseTasks(objective).forEach(phase -> conclude(phase));
    runDueJobs(objective);

    assertThat(objective).isWaitingAt(TASK_RECORD_INDICATOR);
    assertThat(engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(objective.getId())
        .eventName(MESSAGE_PHASE_REOPENED).count()).isZero();
  }

  @Test
  void aSheetImportedAfterItsYearRunsEveryTimerAtOnceAndReachesTheIndicators() {
    today("2018-03-01");
    ProcessInstance objective = start(2);

    runDueJobs(objective);

    assertThat(doubles.closedUnfinished).containsExactlyInAnyOrder(1, 2);
    assertThat(objective).isWaitingAt(TASK_RECORD_INDICATOR);
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_RECORD_INDICATOR).count()).isEqualTo(2);
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
  }

  @Test
  void aScoreUnder100AsksTheDirigenteToJustifyBeforeTheNucleo() {
    ProcessInstance objective = startAtTheBand(97);

    assertThat(objective).isWaitingAt(TASK_JUSTIFY_DEVIATION).variables()
        .containsEntry(BAND, "raggiunto").containsEntry("justificationRequired", true);
    assertThat(taskAt(TASK_JUSTIFY_DEVIATION, objective)).isAssignedTo("fotifilippo");

    complete(taskAt(TASK_JUSTIFY_DEVIATION, objective));
    assertThat(objective).isWaitingAt(TASK_VALIDATE_REPORT);
  }

  @Test
  void theDecisionTableGivesTheBand() {
    assertThat(startAtTheBand(60)).variables().containsEntry(BAND, "parzialmente raggiunto");
    assertThat(startAtTheBand(59.99)).variables().containsEntry(BAND, "non raggiunto");
    assertThat(startAtTheBand(100)).isWaitingAt(TASK_VALIDATE_REPORT);
  }

  @Test
  void theNucleoSendsTheReportBackToTheIndicators() {
    ProcessInstance objective = engine.getRuntimeService().createProcessInstanceByKey(PROCESS_KEY)
        .startBeforeActivity(TASK_VALIDATE_REPORT)
        .setVariables(doubles.startVariables("fotifilippo", 2, REPORTING_DEADLINE)).execute();

    complete(taskAt(TASK_VALIDATE_REPORT, objective),
        withVariables(VALIDATION_APPROVED, false, VALIDATION_REASON, "Rivedere il secondo indicatore"));

    assertThat(objective).isWaitingAt(TASK_RECORD_INDICATOR);
    assertThat(objective).hasPassed(TASK_VALIDATE_REPORT).hasNotPassed(END_OBJECTIVE_REPORTED);
  }

  @Test
  void theWholeReportSentBackAsksForTheJustificationAgain() {
    ProcessInstance objective = validatingAfterAJustification(1);

    complete(taskAt(TASK_VALIDATE_REPORT, objective),
        withVariables(VALIDATION_APPROVED, false, VALIDATION_REASON, "Rivedere tutto"));
    complete(taskAt(TASK_RECORD_INDICATOR, objective));
    runDueJobs(objective);

    assertThat(objective).isWaitingAt(TASK_JUSTIFY_DEVIATION);
  }

  @Test
  void theNucleoSendsBackOneIndicatorAndOnlyThatIndicatorGoesBackToTheDirigente() {
    ProcessInstance objective = validatingAfterAJustification(3);

    complete(taskAt(TASK_VALIDATE_REPORT, objective), withVariables(VALIDATION_APPROVED, false,
        VALIDATION_REASON, "Il valore del secondo indicatore non torna", SENT_BACK_INDICATOR, 2));

    assertThat(objective).isWaitingAt(TASK_REVISE_INDICATOR);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(objective.getId()).list())
        .extracting(Task::getTaskDefinitionKey).containsExactly(TASK_REVISE_INDICATOR);
    Task revision = taskAt(TASK_REVISE_INDICATOR, objective);
    assertThat(revision).isAssignedTo("fotifilippo");
    assertThat(engine.getTaskService().getVariable(revision.getId(), INDICATOR_NUMBER)).isEqualTo(2);
    assertThat(engine.getTaskService().getVariable(revision.getId(), VALIDATION_REASON))
        .isEqualTo("Il valore del secondo indicatore non torna");

    complete(revision);
    runDueJobs(objective);
    assertThat(objective).as("the justification given stays: straight back to the Nucleo")
        .isWaitingAt(TASK_VALIDATE_REPORT).hasNotPassed(TASK_RECORD_INDICATOR);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(objective.getId())
        .activityId(TASK_JUSTIFY_DEVIATION).count()).isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(objective.getId())
        .activityId(SERVICE_SCORE_OBJECTIVE).count()).as("scored again (the instance started past the first score)").isEqualTo(1);
  }

  @Test
  void anIndicatorSentBackThatLowersAFullScoreAsksForTheMissingJustification() {
    ProcessInstance objective = startAtTheBand(100);
    doubles.score = 90;

    complete(taskAt(TASK_VALIDATE_REPORT, objective), withVariables(VALIDATION_APPROVED, false,
        VALIDATION_REASON, "Il valore non è documentato", SENT_BACK_INDICATOR, 1));
    complete(taskAt(TASK_REVISE_INDICATOR, objective));
    runDueJobs(objective);

    assertThat(objective).isWaitingAt(TASK_JUSTIFY_DEVIATION);
  }

  @Test
  void theNucleoSendsBackOnePhaseAndTheDirigenteCorrectsOnlyThatPhase() {
    ProcessInstance objective = validatingAfterAJustification(2);

    complete(taskAt(TASK_VALIDATE_REPORT, objective), withVariables(VALIDATION_APPROVED, false,
        VALIDATION_REASON, "La fase 2 non può essere al 100%", SENT_BACK_PHASE, 2));

    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(objective.getId()).list())
        .extracting(Task::getTaskDefinitionKey).containsExactly(TASK_REVISE_PHASE);
    Task revision = taskAt(TASK_REVISE_PHASE, objective);
    assertThat(revision).isAssignedTo("fotifilippo");
    assertThat(engine.getTaskService().getVariable(revision.getId(), PHASE_NUMBER)).isEqualTo(2);

    complete(revision);
    runDueJobs(objective);
    assertThat(objective).isWaitingAt(TASK_VALIDATE_REPORT).hasNotPassed(TASK_RECORD_INDICATOR);
    complete(taskAt(TASK_VALIDATE_REPORT, objective), withVariables(VALIDATION_APPROVED, true));
    assertThat(objective).isEnded().hasPassed(END_OBJECTIVE_REPORTED);
  }

  /** Scored 97, justified, at the Nucleo: the point where a validation may send things back. */
  private ProcessInstance validatingAfterAJustification(int indicators) {
    Map<String, Object> variables = new java.util.HashMap<>(doubles.startVariables("fotifilippo", indicators, REPORTING_DEADLINE));
    variables.put(OBJECTIVE_SCORE, 97.0);
    doubles.score = 97;
    ProcessInstance objective = engine.getRuntimeService().createProcessInstanceByKey(PROCESS_KEY).businessKey("2017_M01")
        .startBeforeActivity("BusinessRuleTask_AssignBand").setVariables(variables).execute();
    complete(taskAt(TASK_JUSTIFY_DEVIATION, objective), withVariables(DEVIATION_REASON, "Fondi arrivati tardi"));
    assertThat(objective).isWaitingAt(TASK_VALIDATE_REPORT);
    return objective;
  }

  @Test
  void aPhaseRemovedByAVariationEndsSoppressaAndTheOthersDoNotWaitForIt() {
    today("2017-01-10");
    ProcessInstance objective = start(1);
    today("2017-07-05");
    runDueJobs(objective);
    assertThat(taskAt(TASK_URGE_LATE_PHASE, objective)).isNotNull();

    remove(objective, 1);
    assertThat(phaseTasks(objective)).extracting(Task::getAssignee).containsExactly("bonannigiuseppina");
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_URGE_LATE_PHASE).count())
        .as("its warning ends with it").isZero();
    assertThat(objective).hasPassed("ServiceTask_CountRemovedPhase", END_PHASE_REMOVED);
    assertThat(engine.getRuntimeService().getVariable(objective.getId(), PHASES_CONCLUDED)).isEqualTo(1);

    conclude(phaseOf("bonannigiuseppina"));
    runDueJobs(objective);
    assertThat(objective).isWaitingAt(TASK_RECORD_INDICATOR);
  }

  @Test
  void aPhaseOfTheServizioItselfGoesToItsResponsibleWithTheServizioAsCandidate() {
    doubles.phases = List.of(new PlannedPhase("delmorosandra", "serviziosocialeamministrativo",
        LocalDate.of(2017, 2, 1), LocalDate.of(2017, 6, 30)));
    today("2017-03-01");
    ProcessInstance objective = start(0);
    runDueJobs(objective);

    assertThat(taskAt(TASK_COMPLETE_PHASE, objective)).isAssignedTo("delmorosandra")
        .hasCandidateGroupAssociated("serviziosocialeamministrativo");
  }

  private static void conclude(Task phase) {
    complete(phase, withVariables(PHASE_OUTCOME, OUTCOME_CONCLUDED));
  }

  private void reopen(ProcessInstance objective, int phase, String reason) {
    var runtime = engine.getRuntimeService();
    String waiting = runtime.createEventSubscriptionQuery().processInstanceId(objective.getId())
        .eventName(MESSAGE_PHASE_REOPENED).list().stream().map(s -> s.getExecutionId())
        .filter(execution -> Integer.valueOf(phase).equals(runtime.getVariable(execution, PHASE_NUMBER))).findFirst().orElseThrow();
    runtime.messageEventReceived(MESSAGE_PHASE_REOPENED, waiting,
        Map.of(PHASE_REOPENED_BY, "fotifilippo", PHASE_REOPENING_REASON, reason));
  }

  /** What PlanFollower does for a phase a variation removed: the message to that phase's scope. */
  private void remove(ProcessInstance objective, int phase) {
    var runtime = engine.getRuntimeService();
    String waiting = runtime.createEventSubscriptionQuery().processInstanceId(objective.getId()).eventName(MESSAGE_PHASE_REMOVED)
        .list().stream().map(s -> s.getExecutionId())
        .filter(execution -> Integer.valueOf(phase).equals(runtime.getVariable(execution, PHASE_NUMBER))).findFirst().orElseThrow();
    runtime.messageEventReceived(MESSAGE_PHASE_REMOVED, waiting);
  }

  private ProcessInstance start(int indicators) {
    return engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, "2017_M01",
        doubles.startVariables("fotifilippo", indicators, REPORTING_DEADLINE));
  }

  private ProcessInstance startAtTheBand(double score) {
    Map<String, Object> variables = new java.util.HashMap<>(doubles.startVariables("fotifilippo", 1, REPORTING_DEADLINE));
    variables.put(OBJECTIVE_SCORE, score);
    return engine.getRuntimeService().createProcessInstanceByKey(PROCESS_KEY)
        .startBeforeActivity("BusinessRuleTask_AssignBand").setVariables(variables).execute();
  }

  private static Task taskAt(String taskDefinitionKey, ProcessInstance objective) {
    return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery()
        .processInstanceId(objective.getId()).taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  private static Task phaseOf(String assignee) {
    return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery()
        .taskDefinitionKey(TASK_COMPLETE_PHASE).taskAssignee(assignee).singleResult();
  }

  private List<Task> phaseTasks(ProcessInstance objective) {
    return engine.getTaskService().createTaskQuery().processInstanceId(objective.getId())
        .taskDefinitionKey(TASK_COMPLETE_PHASE).list();
  }

  /** Runs every job due now, and the ones they make due, one at a time (a job may remove others). */
  private void runDueJobs(ProcessInstance objective) {
    for (int run = 0; run < 100; run++) {
      List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(objective.getId())
          .executable().orderByJobDuedate().asc().listPage(0, 1);
      if (due.isEmpty()) {
        return;
      }
      execute(due.get(0));
    }
    throw new IllegalStateException("jobs keep falling due");
  }

  private static void today(String isoDay) {
    ClockUtil.setCurrentTime(Date.from(LocalDate.parse(isoDay).atTime(12, 0).atZone(ModelDoubles.ROME).toInstant()));
  }
}
