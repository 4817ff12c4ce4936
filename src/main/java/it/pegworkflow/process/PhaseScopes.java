package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Where a phase lives in a running instance: the instance of <i>Fase dell'obiettivo</i> whose scope has
 * its {@code phaseNumber}, what runs inside it, its timers and its tasks.
 */
@Component
class PhaseScopes {

  static final String PHASES_BODY = SUBPROCESS_PHASE + "#multiInstanceBody";

  private final RuntimeService runtime;
  private final ManagementService management;
  private final TaskService tasks;

  PhaseScopes(RuntimeService runtime, ManagementService management, TaskService tasks) {
    this.runtime = runtime;
    this.management = management;
    this.tasks = tasks;
  }

  /** The multi-instance of the phases, while the objective is in its phases (not yet reporting). */
  Optional<ActivityInstance> phasesBody(String processInstanceId) {
    ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
    return tree == null ? Optional.empty() : all(tree).filter(a -> a.getActivityId().equals(PHASES_BODY)).findFirst();
  }

  /** The phase's instance of <i>Fase dell'obiettivo</i>, if it is running. */
  Optional<ActivityInstance> phase(String processInstanceId, int number) {
    return phasesBody(processInstanceId).stream().flatMap(body -> Arrays.stream(body.getChildActivityInstances()))
        .filter(a -> a.getActivityId().equals(SUBPROCESS_PHASE))
        .filter(a -> Integer.valueOf(number).equals(runtime.getVariableLocal(scopeExecution(a), PHASE_NUMBER)))
        .findFirst();
  }

  /** The execution that holds the phase's local variables. */
  static String scopeExecution(ActivityInstance phase) {
    return phase.getExecutionIds()[0];
  }

  static Optional<ActivityInstance> child(ActivityInstance parent, String activityId) {
    return all(parent).filter(a -> a.getActivityId().equals(activityId)).findFirst();
  }

  /** The phase's timer of {@code activityId} (its planned start, its late warning), if it waits. */
  Optional<Job> timer(String processInstanceId, int number, String activityId) {
    return management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).list().stream()
        .filter(job -> Objects.equals(number, runtime.getVariable(job.getExecutionId(), PHASE_NUMBER)))
        .findFirst();
  }

  /** The phase's open tasks of {@code taskDefinitionKey}. */
  Stream<Task> tasks(String processInstanceId, int number, String taskDefinitionKey) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskDefinitionKey).list().stream()
        .filter(task -> Objects.equals(number, tasks.getVariable(task.getId(), PHASE_NUMBER)));
  }

  private static Stream<ActivityInstance> all(ActivityInstance instance) {
    return Stream.concat(Stream.of(instance), Arrays.stream(instance.getChildActivityInstances()).flatMap(PhaseScopes::all));
  }
}
