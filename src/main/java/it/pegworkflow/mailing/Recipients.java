package it.pegworkflow.mailing;

import static it.pegworkflow.process.ProcessConstants.PHASE_NUMBER;
import static it.pegworkflow.process.ProcessConstants.TASK_COMPLETE_PHASE;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/** Who a task is for, as the engine holds it. */
final class Recipients {

  private Recipients() {}

  /** Its assignee; a task nobody holds yet: its candidate users and every member of its candidate groups. */
  static Set<String> of(DelegateTask task) {
    Set<String> people = new LinkedHashSet<>();
    if (task.getAssignee() != null) {
      people.add(task.getAssignee());
      return people;
    }
    var identity = task.getProcessEngineServices().getIdentityService();
    for (IdentityLink link : task.getCandidates()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        people.add(link.getUserId());
      } else if (link.getGroupId() != null) {
        identity.createUserQuery().memberOfGroup(link.getGroupId()).list().stream().map(User::getId).forEach(people::add);
      }
    }
    return people;
  }

  /** The open task of the phase that {@code task} belongs to (the warning's phase), if any. */
  static Optional<String> phaseTask(DelegateTask task) {
    var tasks = task.getProcessEngineServices().getTaskService();
    Object phase = task.getVariable(PHASE_NUMBER);
    return tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).taskDefinitionKey(TASK_COMPLETE_PHASE)
        .list().stream().filter(t -> Objects.equals(tasks.getVariable(t.getId(), PHASE_NUMBER), phase))
        .map(org.camunda.bpm.engine.task.Task::getId).findFirst();
  }
}
