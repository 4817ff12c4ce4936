package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;
import static it.pegworkflow.process.ProcessHarness.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.pegworkflow.objective.ObjectiveState;
import it.pegworkflow.objective.PhaseState;
import it.pegworkflow.store.PhaseRow;
import it.pegworkflow.variation.Attribute;
import it.pegworkflow.variation.Change;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A running objective follows a variation of its plan (docs/process.md, "When the plan changes"): the
 * tables are written as the variation's write side does, then PlanFollower is called, and the engine
 * (timers, tasks, assignees), our tables and the score are checked.
 */
class PlanFollowerTest extends ProcessTest {

  @Autowired PlanFollower follower;
  @Autowired PlanningCalendar calendar;
  @Autowired JdbcClient jdbc;
  @Autowired HistoryService history;
  @Autowired AuthorizationService authorizations;
  @Autowired PlatformTransactionManager transactions;

  PlanTables plan;
  String instance;

  @BeforeEach
  void importTheObjective() {
    today("2016-12-20");
    instance = instance(harness.importSheet(ProcessHarness.realSheet(code))).getId();
    plan = new PlanTables(jdbc, code);
  }

  @Test
  void aFuturePhaseWhosePlannedStartMovesStartsAtTheNewDate() {
    plan.plannedStart(2, "2017-04-03");
    follower.follow(code, List.of(Change.ofPhase(2, Attribute.PLANNED_START, "2017-03-01", "2017-04-03")));

    assertThat(timer(2, TIMER_PLANNED_START).getDuedate()).isEqualTo(calendar.startOf(LocalDate.parse("2017-04-03")));
    assertThat(phaseVariable(2, PHASE_PLANNED_START)).isEqualTo(calendar.startOf(LocalDate.parse("2017-04-03")));
    assertThat(phaseVariable(2, PHASE_PLANNED)).isEqualTo("03/04/2017 – 30/11/2017");

    today("2017-03-02");
    harness.runDueJobs(instance);
    assertThat(phaseTasks(2)).as("not at the old start").isEmpty();
    today("2017-04-03");
    harness.runDueJobs(instance);
    assertThat(phaseTasks(2)).hasSize(1);
  }

  @Test
  void aLatePhaseWhoseEndMovesLaterIsNoLongerLateAndItsWarningGoes() {
    today("2017-03-01");
    harness.runDueJobs(instance);
    today("2017-12-01");
    harness.runDueJobs(instance);
    assertThat(warnings(2)).hasSize(1);
    assertThat(plan.late(2)).isTrue();

    plan.plannedEnd(2, "2017-12-20");
    follower.follow(code, List.of(Change.ofPhase(2, Attribute.PLANNED_END, "2017-11-30", "2017-12-20")));

    Date newEnd = calendar.endOf(LocalDate.parse("2017-12-20"));
    assertThat(warnings(2)).as("the Dirigente's warning").isEmpty();
    assertThat(plan.late(2)).isFalse();
    assertThat(phaseVariable(2, PHASE_LATE)).isEqualTo(false);
    assertThat(phaseVariable(2, PHASE_DUE_DATE)).isEqualTo(newEnd);
    assertThat(phaseTasks(2)).singleElement().satisfies(task -> {
      assertThat(task.getDueDate()).isEqualTo(newEnd);
      assertThat(task.getAssignee()).isEqualTo("bonannigiuseppina");
    });
    assertThat(timer(2, TIMER_PLANNED_END).getDuedate()).isEqualTo(newEnd);
    assertThat(warnings(1)).as("another phase is untouched").isEmpty();

    today("2017-12-21");
    harness.runDueJobs(instance);
    assertThat(warnings(2)).as("late again at the new end").hasSize(1);
    assertThat(plan.late(2)).isTrue();
  }

  @Test
  void aLatePhaseWhoseEndMovesButHasPassedStaysLateAndItsWarningSaysTheNewEnd() {
    today("2017-03-01");
    harness.runDueJobs(instance);
    today("2017-12-10");
    harness.runDueJobs(instance);
    plan.plannedEnd(2, "2017-12-05");
    plan.responsible(2, "DEL MORO SANDRA", "P.O. AFF.GEN.SERV.SOCIALI", "delmorosandra");
    follower.follow(code, List.of(Change.ofPhase(2, Attribute.PLANNED_END, "2017-11-30", "2017-12-05"),
        Change.ofPhase(2, Attribute.RESPONSIBLE, "BONANNI GIUSEPPINA - P.O. STRANIERI E IMMIGRAZIONE",
            "DEL MORO SANDRA - P.O. AFF.GEN.SERV.SOCIALI")));

    assertThat(plan.late(2)).isTrue();
    assertThat(warnings(2)).singleElement().satisfies(warning -> {
      assertThat(warning.getDueDate()).isEqualTo(calendar.endOf(LocalDate.parse("2017-12-05")));
      assertThat(warning.getName()).startsWith("Fase in ritardo di 5 giorni (fine prevista 05/12/2017), DEL MORO SANDRA: ");
    });
    assertThat(phaseTasks(2)).singleElement().extracting(Task::getAssignee).isEqualTo("delmorosandra");
  }

  @Test
  void aRunningPhaseWhoseEndMovesHasItsTaskAndLateTimerMoved() {
    today("2017-03-01");
    harness.runDueJobs(instance);
    plan.plannedEnd(1, "2017-10-31");
    follower.follow(code, List.of(Change.ofPhase(1, Attribute.PLANNED_END, "2017-12-31", "2017-10-31")));

    Date newEnd = calendar.endOf(LocalDate.parse("2017-10-31"));
    assertThat(phaseTasks(1)).singleElement().extracting(Task::getDueDate).isEqualTo(newEnd);
    assertThat(timer(1, TIMER_PLANNED_END).getDuedate()).isEqualTo(newEnd);
    today("2017-11-01");
    harness.runDueJobs(instance);
    assertThat(warnings(1)).hasSize(1);
  }

  @Test
  void aRenamedPhaseRenamesItsTask() {
    today("2017-03-01");
    harness.runDueJobs(instance);
    plan.phase(2, "name", "Stipula dei protocolli con le prefetture");
    follower.follow(code, List.of(Change.ofPhase(2, Attribute.PHASE_NAME, "Stipula protocolli", "Stipula dei protocolli con le prefetture")));

    assertThat(phaseTasks(2)).singleElement().extracting(Task::getName)
        .isEqualTo("Stipula dei protocolli con le prefetture (" + code + ")");
    assertThat(phaseVariable(2, PHASE_NAME)).isEqualTo("Stipula dei protocolli con le prefetture");
  }

  @Test
  void aRemovedPhaseEndsIsSoppressaAndNoLongerCountsInTheScore() {
    today("2017-03-01");
    harness.runDueJobs(instance);
    today("2017-07-18");
    follower.follow(code, List.of(Change.ofPhase(2, Attribute.PHASE_REMOVED, "Stipula protocolli", null)));

    assertThat(phaseTasks(2)).isEmpty();
    assertThat(store.phase(code, 2).state()).isEqualTo(PhaseState.REMOVED);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance)
        .activityId(END_PHASE_REMOVED).finished().count()).isEqualTo(1);

    today("2017-11-20");
    harness.completePhase(harness.phaseTask(instance, "Attuazione proposta"), 100, "2017-11-20", "Fatto");
    harness.completePhase(harness.phaseTask(instance, "Promuovere l'integrazione"), 50, "2017-11-20", "A metà");
    harness.completePhase(harness.phaseTask(instance, "Ricerca finanziamenti"), 100, "2017-11-20", "Fatto");
    assertThat(harness.tasksOf(instance, TASK_RECORD_INDICATOR)).as("the reporting does not wait for it").hasSize(3);

    harness.recordIndicators(instance, "10/06/2017", "2/4", "120");
    harness.runDueJobs(instance);
    // (30*100 + 20*50 + 30*100) / 80 = 87.5; counted with 0 it would be 70.
    assertThat(runtime.getVariable(instance, PHASES_SCORE)).isEqualTo(87.5);
    assertThat(store.phase(code, 2).state()).isEqualTo(PhaseState.REMOVED);

    Task justification = harness.tasksOf(instance, TASK_JUSTIFY_DEVIATION).get(0);
    tasks.complete(justification.getId(), java.util.Map.of(DEVIATION_REASON, "Una fase a metà"));
    Task validation = harness.tasksOf(instance, TASK_VALIDATE_REPORT).get(0);
    assertThatThrownBy(() -> tasks.complete(validation.getId(), java.util.Map.of(VALIDATION_APPROVED, false,
        VALIDATION_REASON, "Da rivedere", SENT_BACK_PHASE, 2)))
        .hasRootCauseMessage("Fase da rivedere: la fase 2 è stata soppressa da una variazione del PEG");
  }

  @Test
  void aPhaseAddedAfterARemovalRunsLikeTheOthersWithTheNextNumber() {
    today("2017-03-01");
    harness.runDueJobs(instance);
    follower.follow(code, List.of(Change.ofPhase(3, Attribute.PHASE_REMOVED, "Promuovere l'integrazione", null)));
    plan.addPhase(5, 1, "Monitoraggio dei progetti finanziati", "2017-05-02", "2017-10-31");
    follower.follow(code, List.of(Change.ofPhase(5, Attribute.PHASE_ADDED, null, "Monitoraggio dei progetti finanziati")));

    assertThat(runtime.getVariable(instance, PHASE_COUNT)).isEqualTo(5);
    assertThat(phaseVariable(5, PHASE_NAME)).isEqualTo("Monitoraggio dei progetti finanziati");
    assertThat(timer(5, TIMER_PLANNED_START).getDuedate()).isEqualTo(calendar.startOf(LocalDate.parse("2017-05-02")));
    assertThat(store.phase(code, 5).state()).isEqualTo(PhaseState.PLANNED);

    today("2017-05-02");
    harness.runDueJobs(instance);
    assertThat(phaseTasks(5)).singleElement().satisfies(task -> {
      assertThat(task.getAssignee()).isEqualTo("vernamarco");
      assertThat(task.getDueDate()).isEqualTo(calendar.endOf(LocalDate.parse("2017-10-31")));
    });
    assertThat(store.phase(code, 5).state()).isEqualTo(PhaseState.RUNNING);

    today("2017-11-20");
    harness.completePhase(harness.phaseTask(instance, "Attuazione proposta"), 100, "2017-11-20", "Fatto");
    harness.completePhase(harness.phaseTask(instance, "Stipula protocolli"), 100, "2017-11-20", "Fatto");
    harness.completePhase(harness.phaseTask(instance, "Ricerca finanziamenti"), 100, "2017-11-20", "Fatto");
    assertThat(harness.tasksOf(instance, TASK_RECORD_INDICATOR)).as("the reporting waits for the added phase").isEmpty();
    harness.completePhase(harness.phaseTask(instance, "Monitoraggio"), 100, "2017-11-20", "Fatto");
    assertThat(harness.tasksOf(instance, TASK_RECORD_INDICATOR)).hasSize(3);
  }

  @Test
  void aPhaseReplacingTheLastOpenOneKeepsTheReportingWaitingForIt() {
    today("2017-03-01");
    harness.runDueJobs(instance);
    harness.completePhase(harness.phaseTask(instance, "Attuazione proposta"), 100, "2017-03-01", "Fatto");
    harness.completePhase(harness.phaseTask(instance, "Stipula protocolli"), 100, "2017-03-01", "Fatto");
    harness.completePhase(harness.phaseTask(instance, "Promuovere l'integrazione"), 100, "2017-03-01", "Fatto");
    plan.addPhase(5, 4, "Ricerca di finanziamenti europei", "2017-03-01", "2017-12-31");
    follower.follow(code, List.of(Change.ofPhase(4, Attribute.PHASE_REMOVED, "Ricerca finanziamenti", null),
        Change.ofPhase(5, Attribute.PHASE_ADDED, null, "Ricerca di finanziamenti europei")));
    harness.runDueJobs(instance);

    assertThat(harness.tasksOf(instance, TASK_RECORD_INDICATOR)).as("the reporting waits for phase 5").isEmpty();
    assertThat(phaseTasks(5)).hasSize(1);
    assertThat(store.phase(code, 4).state()).isEqualTo(PhaseState.REMOVED);
  }

  @Test
  void aNewResponsibleGetsTheTaskAndTheFormerOneNoLongerSeesIt() {
    today("2017-03-01");
    harness.runDueJobs(instance);
    Task before = phaseTasks(1).get(0);
    plan.responsible(1, "BONANNI GIUSEPPINA", "P.O. STRANIERI E IMMIGRAZIONE", "bonannigiuseppina");
    follower.follow(code, List.of(Change.ofPhase(1, Attribute.RESPONSIBLE,
        "VERNA MARCO - P.O. INCLUSIONE SOCIALE", "BONANNI GIUSEPPINA - P.O. STRANIERI E IMMIGRAZIONE")));

    Task after = phaseTasks(1).get(0);
    assertThat(after.getId()).isEqualTo(before.getId());
    assertThat(after.getAssignee()).isEqualTo("bonannigiuseppina");
    assertThat(phaseVariable(1, PHASE_ASSIGNEE)).isEqualTo("bonannigiuseppina");
    assertThat(phaseVariable(1, PHASE_RESPONSIBLE)).isEqualTo("BONANNI GIUSEPPINA - P.O. STRANIERI E IMMIGRAZIONE");
    assertThat(visibleTo("vernamarco", after.getId())).as("the former responsible").isFalse();
    assertThat(visibleTo("bonannigiuseppina", after.getId())).isTrue();
    assertThat(jdbc.sql("select count(*) from peg_mail_outbox where recipient_id = ? and dedup_key like ?")
        .params("bonannigiuseppina", "PHASE_OPENED/" + instance + "/1/%").query(Integer.class).single())
        .as("told like at a phase's opening").isEqualTo(1);
  }

  @Test
  void aNewDirigenteGetsTheWarningsAndTheGrantsOfTheFormerOne() {
    today("2017-03-01");
    harness.runDueJobs(instance);
    today("2017-12-01");
    harness.runDueJobs(instance);
    plan.manager("CAVALLERI VINCENZO", "cavallerivincenzo");
    follower.follow(code, List.of(Change.ofObjective(Attribute.MANAGER, "FOTI FILIPPO", "CAVALLERI VINCENZO")));

    assertThat(runtime.getVariable(instance, MANAGER_ID)).isEqualTo("cavallerivincenzo");
    assertThat(warnings(2)).extracting(Task::getAssignee).containsExactly("cavallerivincenzo");
    assertThat(grants("fotifilippo")).isZero();
    assertThat(grants("cavallerivincenzo")).isEqualTo(1);
  }

  @Test
  void aNewDirettoreGetsTheGrantsOfTheFormerOne() {
    assertThat(grants("cavallerivincenzo")).as("at import").isEqualTo(1);
    plan.director("DEL MORO SANDRA", "delmorosandra");
    follower.follow(code, List.of(Change.ofObjective(Attribute.DIRECTOR, "CAVALLERI VINCENZO", "DEL MORO SANDRA")));

    assertThat(grants("cavallerivincenzo")).isZero();
    assertThat(grants("delmorosandra")).isEqualTo(1);
    assertThat(grants("fotifilippo")).as("the Dirigente keeps his").isEqualTo(1);
    assertThat(authorizations.createAuthorizationQuery().userIdIn("delmorosandra")
        .resourceType(Resources.HISTORIC_PROCESS_INSTANCE).resourceId(instance).count()).isEqualTo(1);
  }

  @Test
  void theScoreAtClosureUsesTheWeightsAndIndicatorsInForce() {
    plan.weight(1, "10");
    plan.weight(2, "50");
    plan.weight(3, "20");
    plan.weight(4, "20");
    plan.removeIndicator(2);
    follower.follow(code, List.of(Change.ofPhase(1, Attribute.WEIGHT, "30", "10"), Change.ofPhase(2, Attribute.WEIGHT, "20", "50"),
        Change.ofPhase(4, Attribute.WEIGHT, "30", "20"), Change.ofIndicator(2, Attribute.INDICATOR_REMOVED, "Ricerca", null)));
    today("2017-03-01");
    harness.runDueJobs(instance);
    today("2017-11-20");
    harness.completePhase(harness.phaseTask(instance, "Attuazione proposta"), 100, "2017-11-20", "Fatto");
    harness.completePhase(harness.phaseTask(instance, "Stipula protocolli"), 50, "2017-11-20", "Metà");
    harness.completePhase(harness.phaseTask(instance, "Promuovere l'integrazione"), 100, "2017-11-20", "Fatto");
    harness.completePhase(harness.phaseTask(instance, "Ricerca finanziamenti"), 100, "2017-11-20", "Fatto");
    harness.recordIndicators(instance, "10/06/2017", "1/5", "120");
    harness.runDueJobs(instance);

    // Phases (10*100 + 50*50 + 20*100 + 20*100) / 100 = 75 (with the baseline's weights 90);
    // indicators 1 and 3 only, both met: 100 (with the removed ratio 1/5 of 2/4 it would be 80).
    assertThat(runtime.getVariable(instance, PHASES_SCORE)).isEqualTo(75.0);
    assertThat(runtime.getVariable(instance, INDICATORS_SCORE)).isEqualTo(100.0);
  }

  @Test
  void theReportingAsksForTheIndicatorsInForce() {
    plan.removeIndicator(2);
    plan.addIndicator(4, 3, "Minori stranieri accolti in strutture convenzionate");
    follower.follow(code, List.of(Change.ofIndicator(2, Attribute.INDICATOR_REMOVED, "Ricerca finanziamenti", null),
        Change.ofIndicator(4, Attribute.INDICATOR_ADDED, null, "Minori stranieri accolti in strutture convenzionate")));
    today("2017-03-01");
    harness.runDueJobs(instance);
    today("2017-11-20");
    for (String phase : List.of("Attuazione proposta", "Stipula protocolli", "Promuovere l'integrazione", "Ricerca finanziamenti")) {
      harness.completePhase(harness.phaseTask(instance, phase), 100, "2017-11-20", "Fatto");
    }

    assertThat(harness.tasksOf(instance, TASK_RECORD_INDICATOR))
        .extracting(task -> tasks.getVariable(task.getId(), INDICATOR_NUMBER)).containsExactlyInAnyOrder(1, 3, 4);
    assertThat(harness.tasksOf(instance, TASK_RECORD_INDICATOR)).extracting(Task::getName)
        .anyMatch(name -> name.startsWith("Rilevare l'indicatore 4: Minori stranieri"));
  }

  @Test
  void anIndicatorChangeOnceTheReportingStartedIsRefusedAndTheVariationRollsBack() {
    today("2017-03-01");
    harness.runDueJobs(instance);
    today("2017-11-20");
    for (String phase : List.of("Attuazione proposta", "Stipula protocolli", "Promuovere l'integrazione", "Ricerca finanziamenti")) {
      harness.completePhase(harness.phaseTask(instance, phase), 100, "2017-11-20", "Fatto");
    }

    assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
      plan.removeIndicator(2);
      follower.follow(code, List.of(Change.ofIndicator(2, Attribute.INDICATOR_REMOVED, "Ricerca finanziamenti", null)));
    })).isInstanceOf(PlanConflict.class).hasMessageContaining("La rendicontazione dell'obiettivo " + code + " è già iniziata");
    assertThat(store.liveIndicators(code)).hasSize(3);
    assertThat(harness.tasksOf(instance, TASK_RECORD_INDICATOR)).hasSize(3);
  }

  @Test
  void aConcludedPhaseIsNotRemoved() {
    today("2017-03-01");
    harness.runDueJobs(instance);
    harness.completePhase(harness.phaseTask(instance, "Attuazione proposta"), 100, "2017-03-01", "Fatto");

    assertThatThrownBy(() -> follower.follow(code, List.of(Change.ofPhase(1, Attribute.PHASE_REMOVED, "Attuazione", null))))
        .isInstanceOf(PlanConflict.class).hasMessage("La fase 1 dell'obiettivo " + code + " è già conclusa: non si può sopprimere");
    assertThat(runtime.getVariable(instance, PHASES_CONCLUDED)).as("counted once").isEqualTo(1);
    assertThat(store.phase(code, 1).state()).isEqualTo(PhaseState.COMPLETED);
  }

  @Test
  void aNewCentreIsTheTasksCandidateGroup() {
    today("2017-03-01");
    harness.runDueJobs(instance);
    String former = store.phase(code, 1).centreGroupId();
    // Provisioned by the variation's write side, as the import does.
    String other = "inclusione" + code.toLowerCase().replace("_", "");
    engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup(other));
    plan.phase(1, "centre", "SERVIZI SOCIALI");
    plan.phase(1, "centre_group_id", other);
    follower.follow(code, List.of(Change.ofPhase(1, Attribute.CENTRE, "SERVIZIO SOCIALE AMMINISTRATIV", "SERVIZI SOCIALI")));

    Task task = phaseTasks(1).get(0);
    assertThat(tasks.getIdentityLinksForTask(task.getId())).filteredOn(link -> link.getGroupId() != null)
        .extracting(link -> link.getGroupId()).containsExactly(other).doesNotContain(former);
    assertThat(phaseVariable(1, PHASE_GROUP)).isEqualTo(other);
  }

  @Test
  void aWithdrawnObjectiveEndsAndIsRecordedRitirato() {
    today("2017-03-01");
    harness.runDueJobs(instance);
    follower.withdraw(code, "Delibera G.C. n. 214 del 18/07/2017");

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getDeleteReason())
        .isEqualTo(WITHDRAWN_REASON + "Delibera G.C. n. 214 del 18/07/2017");
    assertThat(objectives.objective(code).orElseThrow().state()).isEqualTo(ObjectiveState.WITHDRAWN);
    assertThat(store.phases(code)).extracting(PhaseRow::state).doesNotContain(PhaseState.REMOVED);
  }

  private Job timer(int phase, String activityId) {
    return management.createJobQuery().processInstanceId(instance).activityId(activityId).list().stream()
        .filter(job -> Objects.equals(phase, runtime.getVariable(job.getExecutionId(), PHASE_NUMBER)))
        .findFirst().orElseThrow(() -> new AssertionError("No timer " + activityId + " for phase " + phase));
  }

  private Object phaseVariable(int phase, String name) {
    String scope = runtime.createVariableInstanceQuery().processInstanceIdIn(instance).variableName(PHASE_NUMBER).list().stream()
        .filter(v -> Objects.equals(phase, v.getValue())).findFirst().orElseThrow().getExecutionId();
    return runtime.getVariableLocal(scope, name);
  }

  private List<Task> phaseTasks(int phase) {
    return ofPhase(harness.tasksOf(instance, TASK_COMPLETE_PHASE), phase);
  }

  private List<Task> warnings(int phase) {
    return ofPhase(harness.tasksOf(instance, TASK_URGE_LATE_PHASE), phase);
  }

  private List<Task> ofPhase(List<Task> list, int phase) {
    return list.stream().filter(t -> Objects.equals(phase, tasks.getVariable(t.getId(), PHASE_NUMBER))).toList();
  }

  private boolean visibleTo(String userId, String taskId) {
    engine.getIdentityService().setAuthentication(userId, List.of());
    try {
      return tasks.createTaskQuery().taskId(taskId).count() == 1;
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private long grants(String userId) {
    return authorizations.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(instance).count();
  }
}
