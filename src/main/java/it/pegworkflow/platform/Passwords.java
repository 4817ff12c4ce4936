package it.pegworkflow.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Checks a login. The people provisioned from the sheets have no password until an administrator
 * gives them one, and Camunda's {@code checkPassword} fails on such a user with a
 * NullPointerException (a 500 instead of a 401): a user without a password simply cannot log in.
 */
public final class Passwords {

  private Passwords() {}

  public static boolean match(IdentityService identity, String userId, String password) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user != null && user.getPassword() != null && password != null && identity.checkPassword(userId, password);
  }
}
