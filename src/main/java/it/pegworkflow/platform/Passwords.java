package it.pegworkflow.platform;

import org.camunda.bpm.engine.IdentityService;

/**
 * Checks a login through the engine's identity provider ({@link DirectoryIdentityProvider}): a
 * Camunda password for local users, a bind to the directory for directory accounts. A user without
 * any password (people provisioned from sheets before a directory, until an administrator gives
 * them one) cannot log in; Camunda's own {@code checkPassword} would fail on them with a
 * NullPointerException (a 500 instead of a 401). When the directory does not answer the answer is
 * no, and {@link DirectoryOutage#noted()} says why.
 */
public final class Passwords {

  private Passwords() {}

  public static boolean match(IdentityService identity, String userId, String password) {
    return userId != null && password != null && identity.checkPassword(userId, password);
  }
}
