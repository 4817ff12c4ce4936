package it.pegworkflow.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.spring.SpringProcessEnginePlugin;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A task with an assignee is that person's alone. Camunda grants a task's candidate groups the
 * right to see and work it even after someone has it; here the office (candidate group) sees a
 * task only while nobody is assigned: a phase given to Marco Verna is never on Giuseppina
 * Bonanni's list, in Tasklist or over REST, though both work in the same centre.
 */
@Component
class TaskPrivacy extends SpringProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
  }

  static class Provider extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
      if (task.getAssignee() != null && IdentityLinkType.CANDIDATE.equals(type)) {
        return null;
      }
      return super.newTaskGroupIdentityLink(task, groupId, type);
    }

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
      List<String> candidateGroups = candidateGroups(task);
      if (newAssignee != null) {
        candidateGroups.forEach(group -> Context.getCommandContext().getAuthorizationManager()
            .deleteAuthorizationsByResourceIdAndGroupId(Resources.TASK, task.getId(), group));
        return super.newTaskAssignee(task, oldAssignee, newAssignee);
      }
      // Given back to the office: its members may take it again.
      List<AuthorizationEntity> regranted = new ArrayList<>();
      for (String group : candidateGroups) {
        AuthorizationEntity[] grants = super.newTaskGroupIdentityLink(task, group, IdentityLinkType.CANDIDATE);
        if (grants != null) {
          regranted.addAll(List.of(grants));
        }
      }
      return regranted.toArray(AuthorizationEntity[]::new);
    }

    private static List<String> candidateGroups(Task task) {
      if (!(task instanceof TaskEntity entity)) {
        return new ArrayList<>();
      }
      List<String> groups = new ArrayList<>();
      for (IdentityLink link : entity.getIdentityLinks()) {
        if (link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())) {
          groups.add(link.getGroupId());
        }
      }
      return groups;
    }
  }
}
