package it.pegworkflow.access;

import static it.pegworkflow.process.ProcessConstants.*;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who may do what, as Camunda authorizations (authorization checks are on). Every grant is made
 * once: calling again changes nothing. The README lists them as a table.
 */
@Component
public class AccessRules {

  static final String ROLE_GROUP_TYPE = "RUOLO";

  private final AuthorizationService authorizations;
  private final TaskService tasks;
  private final IdentityService identity;

  AccessRules(AuthorizationService authorizations, TaskService tasks, IdentityService identity) {
    this.authorizations = authorizations;
    this.tasks = tasks;
    this.identity = identity;
  }

  /** The groups that no sheet names: the roles, the Nucleo di Valutazione, the controllo di gestione. */
  void provideRoleGroups() {
    roleGroup(NUCLEO_GROUP, "Nucleo di Valutazione");
    roleGroup(CONTROLLO_GROUP, "Controllo di gestione");
    roleGroup(MANAGERS_GROUP, "Dirigenti");
    roleGroup(DIRECTORS_GROUP, "Direttori");
  }

  private void roleGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(ROLE_GROUP_TYPE);
      identity.saveGroup(group);
    }
  }

  /** The standing rules of each role. */
  public void provideRoles() {
    grantEveryone(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grantEveryone(Resources.PROCESS_DEFINITION, PROCESS_KEY, Permissions.READ);
    grantEveryone(Resources.DECISION_DEFINITION, BAND_DECISION, Permissions.READ);
    // Everyone reads the campaign's model (the forms of its questions); only the controllo starts it
    // (CREATE_INSTANCE: its ALL below), and the guard on people's commands says so in Italian.
    grantEveryone(Resources.PROCESS_DEFINITION, it.pegworkflow.process.CampaignConstants.CAMPAIGN_PROCESS_KEY,
        Permissions.READ);
    for (String group : new String[] {MANAGERS_GROUP, DIRECTORS_GROUP, NUCLEO_GROUP}) {
      grantGroup(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    }
    grantGroup(NUCLEO_GROUP, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grantGroup(NUCLEO_GROUP, Resources.PROCESS_DEFINITION, PROCESS_KEY,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
    for (Resource resource : Resources.values()) {
      grantGroup(CONTROLLO_GROUP, resource, ANY, Permissions.ALL);
    }
    withdrawHistoricTaskGrants();
    withdrawSelfDeletion();
    withdrawFormerAssignees();
  }

  /** Earlier versions left a task's grant to its previous assignee after it went to someone else. */
  private void withdrawFormerAssignees() {
    Map<String, List<Authorization>> grantsByTask = authorizations.createAuthorizationQuery()
        .resourceType(Resources.TASK).list().stream()
        .filter(grant -> grant.getUserId() != null && !ANY.equals(grant.getResourceId()))
        .collect(Collectors.groupingBy(Authorization::getResourceId));
    if (grantsByTask.isEmpty()) {
      return;
    }
    for (Task task : tasks.createTaskQuery().taskIdIn(grantsByTask.keySet().toArray(String[]::new)).list()) {
      grantsByTask.get(task.getId()).stream()
          .filter(grant -> !grant.getUserId().equals(task.getAssignee()))
          .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
    }
  }

  /**
   * Earlier versions let the engine grant READ on each historic task to its assignee and candidate
   * groups, and READ on one historic task reads every variable of its objective (see
   * {@code platform.TaskPrivacy}, which no longer makes them): those grants go at start-up.
   */
  private void withdrawHistoricTaskGrants() {
    authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK).list().stream()
        .filter(grant -> !ANY.equals(grant.getResourceId()))
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
  }

  /** Accounts made before the rule «read and change your own account, never delete it» lose DELETE on themselves. */
  private void withdrawSelfDeletion() {
    authorizations.createAuthorizationQuery().resourceType(Resources.USER).hasPermission(Permissions.DELETE).list().stream()
        .filter(grant -> grant.getUserId() != null && grant.getUserId().equals(grant.getResourceId()))
        .forEach(grant -> {
          grant.removePermission(Permissions.DELETE);
          authorizations.saveAuthorization(grant);
        });
  }

  /**
   * The Dirigente and the Direttore follow their own (just started) objective in Cockpit, read-only,
   * and keep seeing it in the PEG monitoring once it is over: the engine deletes the PROCESS_INSTANCE
   * grant when the instance ends, the HISTORIC_PROCESS_INSTANCE grant stays. A new instance has no
   * grants yet, so nothing is looked up first.
   */
  public void shareNewInstance(String processInstanceId, String... userIds) {
    for (String userId : userIds) {
      grantUser(userId, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
      grantUser(userId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
    }
  }

  /**
   * The people who lead a running objective changed (a variation): the grants of
   * {@link #shareNewInstance} are given to {@code owners} and taken from anyone else who had them on
   * this instance (only its Dirigente and Direttore get grants of a single instance).
   */
  public void shareInstanceOnlyWith(String processInstanceId, List<String> owners) {
    for (Resource resource : new Resource[] {Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE}) {
      authorizations.createAuthorizationQuery().resourceType(resource).resourceId(processInstanceId).list().stream()
          .filter(grant -> grant.getUserId() != null && !ANY.equals(grant.getUserId()) && !owners.contains(grant.getUserId()))
          .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
    }
    for (String owner : owners) {
      if (authorizations.createAuthorizationQuery().userIdIn(owner).resourceType(Resources.PROCESS_INSTANCE)
          .resourceId(processInstanceId).count() == 0) {
        shareNewInstance(processInstanceId, owner);
      }
    }
  }

  private void grantUser(String userId, Resource resource, String resourceId, Permission permission) {
    Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    read.setUserId(userId);
    save(read, resource, resourceId, permission);
  }

  /** Shared Tasklist filters are readable by everyone: what they list is still checked per task. */
  public void shareFilter(String filterId) {
    grantEveryone(Resources.FILTER, filterId, Permissions.READ);
  }

  private void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
    if (authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL).resourceType(resource)
        .resourceId(resourceId).count() == 0) {
      save(authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL), resource, resourceId, permissions);
    }
  }

  private void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    if (authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
        .resourceId(resourceId).count() == 0) {
      Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      save(grant, resource, resourceId, permissions);
    }
  }

  private void save(Authorization authorization, Resource resource, String resourceId, Permission... permissions) {
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }
}
