package it.pegworkflow.platform;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Forgets a user's Camunda password, making it a directory account from its next save: the public
 * API can set a password but never remove one. Only the import uses it, for people an earlier
 * import made with a random password that the directory has now identified.
 */
public final class LocalPasswords {

  private LocalPasswords() {}

  public static void forget(User user) {
    UserEntity entity = (UserEntity) user;
    entity.setDbPassword(null);
    entity.setSalt(null);
  }
}
