package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.objective.PhaseState;
import it.pegworkflow.platform.EngineClock;
import it.pegworkflow.platform.EventTriggers;
import it.pegworkflow.store.ObjectiveStore;
import it.pegworkflow.store.PhaseRow;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * One phase of a running objective follows its row of our tables (docs/process.md, "When the plan
 * changes"): its local variables, its timers, its task; a phase added starts like the others, a phase
 * removed ends through the model's <i>Fase soppressa</i>.
 */
@Component
class PhaseFollower {

  private final RuntimeService runtime;
  private final ManagementService management;
  private final TaskService tasks;
  private final ObjectiveStore store;
  private final PlanningCalendar calendar;
  private final PhaseScopes scopes;
  private final EventTriggers triggers;

  PhaseFollower(RuntimeService runtime, ManagementService management, TaskService tasks, ObjectiveStore store,
      PlanningCalendar calendar, PhaseScopes scopes, EventTriggers triggers) {
    this.triggers = triggers;
    this.runtime = runtime;
    this.management = management;
    this.tasks = tasks;
    this.store = store;
    this.calendar = calendar;
    this.scopes = scopes;
  }

  /** The phase's plan as the row now says: variables, start timer, due date, late timer, task's people. */
  void follow(String processInstanceId, PhaseRow row) {
    if (row.state() == PhaseState.COMPLETED || row.state() == PhaseState.NOT_COMPLETED) {
      // Concluded meanwhile (its completion committed while the variation waited for the row): the
      // variation of a concluded phase is refused, as the write side refuses it when it sees it.
      throw new PlanConflict("La fase " + row.number() + " dell'obiettivo " + row.objectiveCode()
          + " è stata appena conclusa: la variazione non è stata applicata, ricaricare e riprovare");
    }
    Optional<ActivityInstance> phase = scopes.phase(processInstanceId, row.number());
    if (phase.isEmpty()) {
      return; // concluded (the write side refuses changes to it) or not in the engine: nothing waits on its plan
    }
    String scope = PhaseScopes.scopeExecution(phase.get());
    runtime.setVariablesLocal(scope, PhasePlan.variables(row, calendar));
    Date start = calendar.startOf(row.plannedStart());
    Date due = calendar.endOf(row.plannedEnd());
    scopes.timer(processInstanceId, row.number(), TIMER_PLANNED_START)
        .ifPresent(job -> management.setJobDuedate(job.getId(), start));
    Optional<ActivityInstance> work = PhaseScopes.child(phase.get(), SUBPROCESS_PHASE_WORK);
    if (work.isEmpty()) {
      return; // not started: the phase's work reads the variables when it starts
    }
    var lateTimer = scopes.timer(processInstanceId, row.number(), TIMER_PLANNED_END);
    boolean late = Boolean.TRUE.equals(runtime.getVariableLocal(scope, PHASE_LATE));
    if (lateTimer.isEmpty() && late && due.toInstant().isAfter(EngineClock.now())) {
      // The warning has fired and a fired timer start does not come back: the phase's work starts
      // again, with a new late timer for the new end; the warning (inside it) ends with it.
      runtime.setVariableLocal(scope, PHASE_LATE, false);
      runtime.createProcessInstanceModification(processInstanceId)
          .startBeforeActivity(SUBPROCESS_PHASE_WORK, phase.get().getId())
          .cancelActivityInstance(work.get().getId())
          .execute(false, false);
      return;
    }
    lateTimer.ifPresent(job -> management.setJobDuedate(job.getId(), due));
    scopes.tasks(processInstanceId, row.number(), TASK_COMPLETE_PHASE).forEach(task -> follow(task, row, due));
    scopes.tasks(processInstanceId, row.number(), TASK_URGE_LATE_PHASE).forEach(warning -> warn(warning, row, due));
  }

  /** A phase still late after the variation: its warning says the planned end and the responsible now in force. */
  private void warn(Task warning, PhaseRow row, Date due) {
    LateWarning words = LateWarning.of(tasks.getVariables(warning.getId()), row.responsible(), row.plannedEnd(),
        calendar.today());
    warning.setDueDate(due);
    warning.setName(words.name());
    warning.setDescription(words.description());
    tasks.saveTask(warning);
  }

  /** The task of the phase: name, due date, assignee and candidate group as the row says (NameTask's name). */
  private void follow(Task task, PhaseRow row, Date due) {
    String name = NameTask.shortened(row.name()) + " (" + row.objectiveCode() + ")";
    if (!Objects.equals(task.getDueDate(), due) || !Objects.equals(task.getName(), name)) {
      task.setDueDate(due);
      task.setName(name);
      tasks.saveTask(task);
    }
    if (!Objects.equals(task.getAssignee(), row.responsibleId())) {
      tasks.setAssignee(task.getId(), row.responsibleId());
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
          && !link.getGroupId().equals(row.centreGroupId())) {
        tasks.deleteCandidateGroup(task.getId(), link.getGroupId());
      }
    }
    if (row.centreGroupId() != null && tasks.getIdentityLinksForTask(task.getId()).stream()
        .noneMatch(link -> row.centreGroupId().equals(link.getGroupId()))) {
      tasks.addCandidateGroup(task.getId(), row.centreGroupId());
    }
  }

  /**
   * A phase added by a variation: one more instance of the phases' multi-instance (it gets the next
   * number, see OpenPhase), counted in {@code phaseCount} so the others wait for it too.
   */
  void add(String code, String processInstanceId, int number) {
    ActivityInstance body = scopes.phasesBody(processInstanceId).orElseThrow(() -> reportingStarted(code));
    runtime.setVariable(processInstanceId, PHASE_COUNT, store.phases(code).size());
    runtime.createProcessInstanceModification(processInstanceId)
        .startBeforeActivity(SUBPROCESS_PHASE, body.getId())
        .execute(false, false);
    if (scopes.phase(processInstanceId, number).isEmpty()) {
      throw new IllegalStateException("The phase added to " + code + " did not get number " + number);
    }
  }

  /** A phase removed by a variation: the model's <i>Fase soppressa</i> ends it and counts it concluded. */
  void remove(String code, String processInstanceId, int number) {
    PhaseState state = store.phase(code, number).state();
    if (state == PhaseState.COMPLETED || state == PhaseState.NOT_COMPLETED) {
      throw new PlanConflict("La fase " + number + " dell'obiettivo " + code + " è già conclusa: non si può sopprimere");
    }
    Optional<String> waiting = subscription(processInstanceId, number);
    if (waiting.isPresent()) {
      runtime.messageEventReceived(MESSAGE_PHASE_REMOVED, waiting.get());
      return;
    }
    // An objective migrated from a model without Fase soppressa (LatestModel) has no subscription yet.
    ActivityInstance phase = scopes.phase(processInstanceId, number).orElseThrow(() -> new PlanConflict(
        "La fase " + number + " dell'obiettivo " + code + " non è in corso: non si può sopprimere"));
    if (!triggers.trigger(PhaseScopes.scopeExecution(phase), SUBPROCESS_PHASE, START_PHASE_REMOVED)) {
      throw new PlanConflict("L'obiettivo " + code + " segue una versione precedente del processo, che non sa "
          + "sopprimere una fase: rivolgersi all'amministratore per aggiornarlo");
    }
  }

  private Optional<String> subscription(String processInstanceId, int number) {
    return runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId).eventType("message")
        .eventName(MESSAGE_PHASE_REMOVED).list().stream().map(EventSubscription::getExecutionId)
        .filter(execution -> Integer.valueOf(number).equals(runtime.getVariable(execution, PHASE_NUMBER)))
        .findFirst();
  }

  static PlanConflict reportingStarted(String code) {
    return new PlanConflict("La rendicontazione dell'obiettivo " + code + " è già iniziata: le sue fasi non cambiano più");
  }
}
