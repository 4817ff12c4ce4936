package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.access.AccessRules;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Grants an earlier version made, which the rules no longer allow, go when the application starts. */
class AccessRepairTest extends RunningApplication {

  @Autowired AuthorizationService authorizations;
  @Autowired AccessRules accessRules;
  @Autowired TaskService tasks;

  @Test
  void grantsOnHistoricTasksAndOnDeletingOneselfAreWithdrawnAtStartUp() {
    user("vecchioutente");
    Authorization historicTask = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    historicTask.setUserId("vecchioutente");
    historicTask.setResource(Resources.HISTORIC_TASK);
    historicTask.setResourceId("un-compito-di-ieri");
    historicTask.addPermission(HistoricTaskPermissions.READ);
    authorizations.saveAuthorization(historicTask);
    Authorization self = authorizations.createAuthorizationQuery().userIdIn("vecchioutente")
        .resourceType(Resources.USER).resourceId("vecchioutente").singleResult();
    self.setPermissions(new Permissions[] {Permissions.ALL});
    authorizations.saveAuthorization(self);
    assertThat(as("vecchioutente").get("/engine-rest/authorization/check?permissionName=DELETE&resourceName=user"
        + "&resourceType=1&resourceId=vecchioutente").body().get("authorized").asBoolean()).isTrue();

    accessRules.provideRoles();

    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK)
        .resourceId("un-compito-di-ieri").count()).isZero();
    assertThat(as("vecchioutente").delete("/engine-rest/user/vecchioutente").status()).isEqualTo(403);
    assertThat(as("vecchioutente").get("/engine-rest/user/vecchioutente/profile").status()).isEqualTo(200);
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK).list())
        .allMatch(grant -> Authorization.ANY.equals(grant.getResourceId()));
  }

  @Test
  void aFormerAssigneesGrantOnATaskIsWithdrawnAtStartUp() {
    String code = newCode();
    today("2017-03-15");
    String instanceId = as(CONTROLLO).postText("/api/objectives", realSheet(code)).body()
        .at("/objectives/0/processInstanceId").asText();
    runDueJobs(instanceId);
    user("vernamarco");
    user("delmorosandra");
    String his = tasks.createTaskQuery().processInstanceId(instanceId).taskAssignee("vernamarco").singleResult().getId();
    tasks.setAssignee(his, "delmorosandra");
    Authorization leftOver = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    leftOver.setUserId("vernamarco");
    leftOver.setResource(Resources.TASK);
    leftOver.setResourceId(his);
    leftOver.addPermission(Permissions.READ);
    leftOver.addPermission(Permissions.TASK_WORK);
    authorizations.saveAuthorization(leftOver);
    assertThat(as("vernamarco").get("/engine-rest/task/" + his).status()).isEqualTo(200);

    accessRules.provideRoles();

    assertThat(as("vernamarco").get("/engine-rest/task/" + his).status()).isIn(403, 404);
    assertThat(as("vernamarco").postJson("/engine-rest/task/" + his + "/complete", Map.of()).status()).isEqualTo(403);
    assertThat(as("delmorosandra").get("/engine-rest/task/" + his).status()).isEqualTo(200);
  }
}
