package it.pegworkflow.platform;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine work as the application, not as the person of the request: the caller's right to it
 * was decided before (who may reopen a phase, who may read an objective's trail), and the engine's
 * guard on people's commands (platform.PersonsCommands) would refuse what the application does on
 * their behalf, such as correlating a message that sets the phase's variables.
 */
public final class AsTheApplication {

  private AsTheApplication() {}

  public static <T> T run(IdentityService identity, Supplier<T> work) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
