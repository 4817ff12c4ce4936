package it.pegworkflow.platform;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs the engine work of an import without checking the caller's authorizations at every step.
 * Whether the caller may import at all is decided once, before (the controllo di gestione); the
 * users, groups and grants the import then creates are the application's doing, not the caller's.
 * The caller stays the authenticated user, so history still says who started each objective.
 * Checked step by step, the grants alone cost more than starting the instance, and more the more
 * objectives the city has.
 */
@Component
public class ImportAsSystem {

  private final CommandExecutor commands;
  private final IdentityService identity;

  ImportAsSystem(ProcessEngine engine) {
    this.identity = engine.getIdentityService();
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }

  public <T> T run(Supplier<T> work) {
    return commands.execute(context -> {
      context.disableAuthorizationCheck();
      try {
        return work.get();
      } finally {
        context.enableAuthorizationCheck();
      }
    });
  }

  /**
   * The same, for work that is the application's alone, such as the grants an import implies: with
   * nobody authenticated the engine's user operation log does not write it down as the caller's (six
   * rows a grant, 24 an objective). The grants follow from our tables, which say who imported what.
   */
  public <T> T runAsTheApplication(Supplier<T> work) {
    return run(() -> AsTheApplication.run(identity, work));
  }
}
