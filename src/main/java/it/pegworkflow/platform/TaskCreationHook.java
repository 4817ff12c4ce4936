package it.pegworkflow.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Adds a create and an assignment listener to every user task of the followed process when the engine parses the
 * model (at deployment and whenever it loads a definition), so the BPMN stays about the objective
 * and names no e-mail. It is appended after the model's own listeners, like one written in the model:
 * it sees the task as they left it, and is skipped with them ({@code skipCustomListeners}).
 */
@Component
class TaskCreationHook extends AbstractProcessEnginePlugin {

  private final List<TaskCreations> followers;

  TaskCreationHook(List<TaskCreations> followers) {
    this.followers = followers;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
            && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          for (TaskCreations follower : followers) {
            if (follower.processKey().equals(definition.getKey())) {
              userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, asApplication(follower::created));
              // Fired at a creation with an assignee too: the follower's notices are keyed, so once.
              userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, asApplication(follower::reassigned));
            }
          }
        }
      }
    });
  }

  private static TaskListener asApplication(Consumer<DelegateTask> follower) {
    return task -> {
      CommandContext context = Context.getCommandContext();
      boolean checking = context.isAuthorizationCheckEnabled();
      context.disableAuthorizationCheck();
      try {
        follower.accept(task);
      } finally {
        context.setAuthorizationCheckEnabled(checking);
      }
    };
  }
}
