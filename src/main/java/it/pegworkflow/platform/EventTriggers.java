package it.pegworkflow.platform;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.EventSubscriptionDeclaration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.springframework.stereotype.Component;

/**
 * Camunda's migration moves a running scope to a newer model but does not create the subscriptions of
 * event subprocess start events the newer model added to that scope (its instance handler skips start
 * events); the engine creates them only when the scope starts. This creates one for a scope already
 * running, as the scope's start would have, and triggers it at once, in the same command (a message
 * correlated afterwards would look in the database, where the new subscription is not yet).
 */
@Component
public class EventTriggers {

  private final CommandExecutor commands;

  EventTriggers(ProcessEngine engine) {
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }

  /**
   * Triggers the event subprocess start {@code startEventId} of scope {@code scopeActivityId} in the
   * execution of that scope, through a subscription made now; false when the model has no such start
   * event in that scope.
   */
  public boolean trigger(String scopeExecutionId, String scopeActivityId, String startEventId) {
    return commands.execute(context -> {
      ExecutionEntity execution = context.getExecutionManager().findExecutionById(scopeExecutionId);
      ScopeImpl scope = execution.getProcessDefinition().findActivity(scopeActivityId);
      EventSubscriptionDeclaration declaration = scope == null ? null
          : EventSubscriptionDeclaration.getDeclarationsForScope(scope).get(startEventId);
      if (declaration == null) {
        return false;
      }
      declaration.createSubscriptionForExecution(execution).eventReceived(null, false);
      return true;
    });
  }
}
