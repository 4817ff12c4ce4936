package it.pegworkflow.access;

import static it.pegworkflow.process.ProcessConstants.CONTROLLO_GROUP;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates the administrator named by {@code PEG_ADMIN_USER} / {@code PEG_ADMIN_PASSWORD}, member of
 * {@code camunda-admin} (with every permission) and of the controllo di gestione. Nothing is created
 * without both: no user with a known password ever comes from the code. It is also the
 * administrator's way back in: at every start the account gets that password and any login delay
 * is lifted.
 */
@Component
public class AdministratorSetup {

  private static final Logger LOG = LoggerFactory.getLogger(AdministratorSetup.class);

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  AdministratorSetup(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  public void provide(String userId, String password) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      user = identity.newUser(userId);
      user.setFirstName("Amministratore");
      user.setLastName("PEG");
    }
    PasswordPolicyResult policy = identity.getPasswordPolicy() == null ? null
        : identity.checkPasswordAgainstPolicy(password, user);
    if (policy != null && !policy.isValid()) {
      throw new IllegalStateException("PEG_ADMIN_PASSWORD non rispetta la politica delle password (almeno 10 caratteri "
          + "con maiuscole, minuscole, cifre e simboli, senza il nome utente): l'amministratore non è stato creato");
    }
    user.setPassword(password);
    identity.saveUser(user);
    identity.unlockUser(userId);
    appoint(userId);
    LOG.info("Amministratore {}: password da PEG_ADMIN_PASSWORD, accesso sbloccato", userId);
  }

  /** Makes an existing user administrator: member of {@code camunda-admin} and of the controllo di gestione. */
  public void appoint(String userId) {
    adminGroup();
    for (String group : new String[] {Groups.CAMUNDA_ADMIN, CONTROLLO_GROUP}) {
      if (identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
        identity.createMembership(userId, group);
      }
    }
  }

  /** Once everything has started: a new installation without an administrator says how to make one. */
  @EventListener(ApplicationReadyEvent.class)
  public void warnWithoutAdministrator() {
    if (identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      LOG.warn("Nessun amministratore: nessuno può entrare in Camunda Admin né importare il PEG. Avviare con "
          + "PEG_ADMIN_USER e PEG_ADMIN_PASSWORD per crearne uno (vedi il README, «Run in production»)");
    }
  }

  private void adminGroup() {
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
      group.setName("Amministratori di Camunda");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(group);
    }
    for (Resource resource : Resources.values()) {
      if (authorizations.createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN).resourceType(resource)
          .resourceId(Authorization.ANY).count() == 0) {
        Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        all.setGroupId(Groups.CAMUNDA_ADMIN);
        all.setResource(resource);
        all.setResourceId(Authorization.ANY);
        all.addPermission(Permissions.ALL);
        authorizations.saveAuthorization(all);
      }
    }
  }
}
