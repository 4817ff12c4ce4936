package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.process.AccessRules;
import org.camunda.bpm.engine.AuthorizationService;
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
}
