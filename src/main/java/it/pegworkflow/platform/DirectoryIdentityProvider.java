package it.pegworkflow.platform;

import it.pegworkflow.directory.DirectoryLogin;
import it.pegworkflow.directory.DirectoryPerson;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda's database identity, where a <em>directory account</em> (a user without a password of
 * Camunda's: the import makes the directory's people so) proves who it is by a bind to the
 * directory. A user with a Camunda password (the administrator, accounts made in Camunda Admin,
 * the demo's) is checked by Camunda alone, directory up or down; a directory entry with the same
 * login name never logs in as it.
 *
 * <p>Camunda's slow-down per account (its failed attempts and lock) counts a directory's refusal
 * like a wrong Camunda password; a directory that does not answer counts as nothing, and is noted
 * for the request's answer ({@link DirectoryOutage}). A directory group mapped to one of our role
 * groups (peg.ldap.role-groups) makes a directory account a member of it at each login, or no longer.
 */
class DirectoryIdentityProvider extends DbIdentityServiceProvider {

  private static final Logger LOG = LoggerFactory.getLogger(DirectoryIdentityProvider.class);

  private final DirectoryLogin directory;

  DirectoryIdentityProvider(DirectoryLogin directory) {
    this.directory = directory;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    if (userId == null || userId.isEmpty() || password == null) {
      return false;
    }
    UserEntity user = findUserById(userId);
    if (user == null) {
      return directory.configured() && !directory.roleGroups().isEmpty() && !password.isEmpty()
          && firstLogin(userId, password);
    }
    if (user.getPassword() != null) {
      return super.checkPassword(userId, password);
    }
    // A user without a password: before a directory, nobody could log in as them (Camunda failed with an error).
    if (!directory.configured() || isUserLocked(user)) {
      return false;
    }
    DirectoryLogin.Result result = directory.check(userId, password);
    switch (result.outcome()) {
      case ACCEPTED -> {
        unlockUser(user);
        // At a login, not when a logged-in user confirms their password (their rights would decide).
        if (Context.getCommandContext().getAuthenticatedUserId() == null) {
          grantRoles(userId, result.person());
        }
        return true;
      }
      case REFUSED -> {
        lockUser(user);
        return false;
      }
      default -> {
        DirectoryOutage.note();
        return false;
      }
    }
  }

  /**
   * Someone the import never named (a member of the Nucleo) whose directory group grants one of our
   * roles: the account is made at the first login, without a password, and gets the role.
   */
  private boolean firstLogin(String userId, String password) {
    DirectoryLogin.Result result = directory.check(userId, password);
    if (result.outcome() == DirectoryLogin.Outcome.UNAVAILABLE) {
      DirectoryOutage.note();
      return false;
    }
    if (result.outcome() != DirectoryLogin.Outcome.ACCEPTED || !result.person().login().toLowerCase(java.util.Locale.ROOT).equals(userId)
        || !acceptedId(userId) || directory.roleGroups().values().stream().noneMatch(dn -> result.person().memberOf(dn))) {
      return false;
    }
    UserEntity user = createNewUser(userId);
    user.setFirstName(result.person().givenName());
    user.setLastName(result.person().surname());
    user.setEmail(result.person().mail());
    saveUser(user);
    LOG.info("Directory account {} made at its first login (a role comes from its directory groups)", userId);
    grantRoles(userId, result.person());
    return true;
  }

  private void grantRoles(String userId, DirectoryPerson person) {
    for (Map.Entry<String, String> role : directory.roleGroups().entrySet()) {
      boolean should = person.memberOf(role.getValue());
      boolean is = existsMembership(userId, role.getKey());
      if (should && !is && findGroupById(role.getKey()) != null) {
        createMembership(userId, role.getKey());
        LOG.info("Directory account {} joins {}: member of {} in the directory", userId, role.getKey(), role.getValue());
      } else if (!should && is) {
        deleteMembership(userId, role.getKey());
        LOG.info("Directory account {} leaves {}: no longer member of {} in the directory", userId, role.getKey(),
            role.getValue());
      }
    }
  }

  private static boolean acceptedId(String userId) {
    ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
    String pattern = configuration.getUserResourceWhitelistPattern() != null
        ? configuration.getUserResourceWhitelistPattern() : configuration.getGeneralResourceWhitelistPattern();
    return Pattern.matches(pattern == null ? "[a-zA-Z0-9]+" : pattern, userId);
  }

  /**
   * A directory account's password is the directory's: nobody gives it one of Camunda's (it would
   * then log in with it after the directory disabled it). The application itself (no one logged in)
   * is not stopped.
   */
  @Override
  public IdentityOperationResult saveUser(User user) {
    UserEntity entity = (UserEntity) user;
    if (directory.configured() && entity.getRevision() > 0 && entity.getPassword() == null && entity.hasNewPassword()
        && Context.getCommandContext().getAuthenticatedUserId() != null) {
      throw new BadUserRequestException("La password di «" + entity.getId() + "» è quella dell'elenco del personale del "
          + "Comune (LDAP): si cambia lì, non in PEG Workflow");
    }
    return super.saveUser(user);
  }
}
