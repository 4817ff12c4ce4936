package it.pegworkflow.platform;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
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
 * The grants the engine makes by itself, narrowed to what docs/security.md promises.
 *
 * <ul>
 *   <li>A task with an assignee is that person's alone. Camunda grants a task's candidate groups the
 *   right to see and work it even after someone has it, and keeps the grant of a previous assignee;
 *   here the office (candidate group) sees a task only while nobody is assigned, and a task given to
 *   someone else, or back to the office, is no longer the previous assignee's: a phase given to Marco
 *   Verna is never on Giuseppina Bonanni's list, in Tasklist or over REST, though both work in the
 *   same centre.</li>
 *   <li>No grant on historic tasks. With historic instance permissions on, READ on one historic task
 *   lets the engine's historic variable and detail queries return every variable of the task's whole
 *   process instance (they join on it): a responsible would read the colleagues' reports, the
 *   Dirigente's indicators, the Nucleo's reasons. Responsibles read their own phases through
 *   {@code /api/objectives}; the roles that follow an objective have grants on the instance.</li>
 *   <li>A user may read and change (the password of) their own account, not delete it: Camunda gives
 *   a new user ALL on himself.</li>
 * </ul>
 */
@Component
class TaskPrivacy extends SpringProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
  }

  static class Provider extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newUser(User user) {
      AuthorizationEntity[] grants = super.newUser(user);
      for (AuthorizationEntity grant : grants) {
        grant.setPermissions(new Permission[] {Permissions.READ, Permissions.UPDATE});
      }
      return grants;
    }

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
      if (task.getAssignee() != null && IdentityLinkType.CANDIDATE.equals(type)) {
        return null;
      }
      return super.newTaskGroupIdentityLink(task, groupId, type);
    }

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
      if (oldAssignee != null && !oldAssignee.equals(newAssignee)) {
        authorizations().deleteAuthorizationsByResourceIdAndUserId(Resources.TASK, task.getId(), oldAssignee);
      }
      List<String> candidateGroups = candidateGroups(task);
      if (newAssignee != null) {
        candidateGroups.forEach(group ->
            authorizations().deleteAuthorizationsByResourceIdAndGroupId(Resources.TASK, task.getId(), group));
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

    /** The runtime grant only (READ and TASK_WORK on the task); never one on the historic task. */
    @Override
    protected AuthorizationEntity[] createOrUpdateAuthorizations(Task task, String groupId, String userId) {
      return new AuthorizationEntity[] {createOrUpdateAuthorization(task, userId, groupId, Resources.TASK, false,
          getRuntimePermissions(isEnforceSpecificVariablePermission()))};
    }

    private static org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager authorizations() {
      return Context.getCommandContext().getAuthorizationManager();
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
