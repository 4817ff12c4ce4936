package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.platform.AsTheApplication;
import it.pegworkflow.platform.ImportAsSystem;
import it.pegworkflow.store.ObjectiveStore;
import it.pegworkflow.variation.Change;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The running objective follows a variation of its plan (docs/process.md, "When the plan changes"),
 * inside the variation's transaction and after our tables hold the new version: what it does is read
 * from the tables, the changes only say what to look at. Weights and targets need nothing here: the
 * score at closure reads the tables. Whether the caller may vary the plan was decided before: the work
 * is the application's.
 */
@Component
public class PlanFollower {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ImportAsSystem asSystem;
  private final ObjectiveStore store;
  private final PhaseFollower phases;
  private final PhaseScopes scopes;
  private final LatestModel latestModel;
  private final ApplicationEventPublisher events;

  PlanFollower(RuntimeService runtime, TaskService tasks, IdentityService identity, ImportAsSystem asSystem,
      ObjectiveStore store, PhaseFollower phases, PhaseScopes scopes, LatestModel latestModel,
      ApplicationEventPublisher events) {
    this.scopes = scopes;
    this.latestModel = latestModel;
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.asSystem = asSystem;
    this.store = store;
    this.phases = phases;
    this.events = events;
  }

  /** The running instance of {@code code} follows the version now in our tables. */
  public void follow(String code, List<Change> changes) {
    inEngine(code, running -> {
      // Only the latest model ends a removed phase and asks for the indicators in force.
      ProcessInstance instance = changes.stream().anyMatch(PlanFollower::needsTheLatestModel)
          ? latestModel.of(code, running) : running;
      SortedSet<Integer> added = new TreeSet<>();
      SortedSet<Integer> removed = new TreeSet<>();
      SortedSet<Integer> varied = new TreeSet<>();
      boolean owners = false;
      for (Change change : changes) {
        switch (change.attribute()) {
          case PHASE_ADDED -> added.add(change.phase());
          case PHASE_REMOVED -> removed.add(change.phase());
          case PHASE_NAME, PLANNED_START, PLANNED_END, RESPONSIBLE, CENTRE -> varied.add(change.phase());
          case MANAGER, DIRECTOR -> owners = true;
          case INDICATOR_ADDED, INDICATOR_REMOVED -> refuseOnceReporting(code, instance);
          default -> { } // weights, targets, words: read from the tables when the objective is scored
        }
      }
      // Added before removed: removing the last open phase first would let the reporting start
      // before the phase that replaces it is there.
      for (int number : added) {
        phases.add(code, instance.getId(), number);
      }
      for (int number : removed) {
        phases.remove(code, instance.getId(), number);
      }
      for (int number : varied) {
        phases.follow(instance.getId(), store.phase(code, number));
      }
      if (owners) {
        followManager(code, instance);
      }
    });
  }

  private static boolean needsTheLatestModel(Change change) {
    return switch (change.attribute()) {
      case PHASE_REMOVED, INDICATOR_ADDED, INDICATOR_REMOVED -> true;
      default -> false;
    };
  }

  /** The objective is withdrawn by {@code act}: its tasks end, the projection records it ritirato. */
  public void withdraw(String code, String act) {
    inEngine(code, instance -> {
      // The act on the instance first: the projection marks the objective withdrawn from it.
      runtime.setVariable(instance.getId(), WITHDRAWAL_ACT, act);
      runtime.deleteProcessInstance(instance.getId(), WITHDRAWN_REASON + act, false, true);
    });
  }

  /**
   * A new Dirigente takes the objective's open tasks (the warnings, the indicators, the justification)
   * and, with a new Direttore, its grants (access follows {@link ObjectiveOwnersChanged}).
   */
  private void followManager(String code, ProcessInstance instance) {
    String former = (String) runtime.getVariable(instance.getId(), MANAGER_ID);
    String manager = store.managerId(code);
    if (!Objects.equals(former, manager)) {
      runtime.setVariable(instance.getId(), MANAGER_ID, manager);
      tasks.createTaskQuery().processInstanceId(instance.getId()).taskAssignee(former).list()
          .forEach(task -> tasks.setAssignee(task.getId(), manager));
    }
    String director = store.directorId(code);
    events.publishEvent(new ObjectiveOwnersChanged(code, instance.getId(),
        director == null ? List.of(manager) : List.of(manager, director)));
  }

  /**
   * The reporting asks for the indicators in force when it starts (IndicatorsInForce): until then a
   * change needs nothing here; once it has started, the tasks asked are the plan's for this year.
   */
  private void refuseOnceReporting(String code, ProcessInstance instance) {
    if (runtime.createExecutionQuery().processInstanceId(instance.getId()).activityId(TASK_RECORD_INDICATOR).count() > 0
        || scopes.phasesBody(instance.getId()).isEmpty()) {
      throw new PlanConflict("La rendicontazione dell'obiettivo " + code + " è già iniziata: "
          + "gli indicatori non si aggiungono né si tolgono più");
    }
  }

  private void inEngine(String code, Consumer<ProcessInstance> work) {
    try {
      AsTheApplication.run(identity, () -> asSystem.run(() -> {
        work.accept(running(code));
        return null;
      }));
    } catch (OptimisticLockingException raced) {
      throw new PlanConflict("L'obiettivo " + code + " è stato appena modificato da un'altra richiesta "
          + "(un compito completato nello stesso momento): la variazione non è stata applicata, riprovare");
    }
  }

  private ProcessInstance running(String code) {
    ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(code).singleResult();
    if (instance == null) {
      throw new PlanConflict("L'obiettivo " + code + " non è più in corso: il suo processo non può seguire la variazione");
    }
    return instance;
  }
}
