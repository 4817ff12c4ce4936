package it.pegworkflow.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;

/**
 * Saves a user without checking the password policy. Only the demo's fixed users use it (their
 * password is the README's {@code demo}); the public API has no such call.
 */
public final class PasswordPolicyExemption {

  private PasswordPolicyExemption() {}

  public static void saveUser(IdentityService identity, User user) {
    ((IdentityServiceImpl) identity).saveUser(user, true);
  }
}
