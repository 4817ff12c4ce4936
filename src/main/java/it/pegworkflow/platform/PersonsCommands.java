package it.pegworkflow.platform;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * One guard on every engine command a person sends (engine REST API, Tasklist, Cockpit), inside the
 * engine, so no endpoint can go around it. A task is completed only with the variables of its
 * contract (checked by {@code taskContract}, given the task's definition key); every other way of
 * writing variables (set, remove, modify, start, correlate, signal, BPMN error) is for the trusted
 * groups only. Commands without an authenticated user (the application itself, the job executor)
 * pass: they are ours.
 */
public class PersonsCommands extends AbstractProcessEnginePlugin {

  static final String ONLY_TRUSTED =
      "Solo il controllo di gestione e l'amministratore possono scrivere le variabili di un obiettivo";

  private static final List<Class<?>> WRITE_VARIABLES = List.of(AbstractVariableCmd.class, AbstractPatchVariablesCmd.class,
      SetVariablesToProcessInstancesBatchCmd.class, StartProcessInstanceCmd.class,
      StartProcessInstanceAtActivitiesCmd.class, SubmitStartFormCmd.class, RestartProcessInstancesCmd.class,
      ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class, ProcessInstanceModificationBatchCmd.class,
      AbstractCorrelateMessageCmd.class, CorrelateAllMessageBatchCmd.class, MessageEventReceivedCmd.class,
      SignalCmd.class, SignalEventReceivedCmd.class, HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class,
      HandleExternalTaskCmd.class);

  private final Set<String> trustedGroups;
  private final BiConsumer<String, Map<String, Object>> taskContract;

  public PersonsCommands(Set<String> trustedGroups, BiConsumer<String, Map<String, Object>> taskContract) {
    this.trustedGroups = Set.copyOf(trustedGroups);
    this.taskContract = taskContract;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPostCommandInterceptorsTxRequired(with(configuration.getCustomPostCommandInterceptorsTxRequired()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(with(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
  }

  private List<CommandInterceptor> with(List<CommandInterceptor> interceptors) {
    List<CommandInterceptor> all = interceptors == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(interceptors);
    all.add(new Guard());
    return all;
  }

  /** Inside the command context, so the task can be read; only the outermost command is a person's. */
  private class Guard extends CommandInterceptor {
    private final ThreadLocal<Boolean> running = ThreadLocal.withInitial(() -> false);

    @Override
    public <T> T execute(Command<T> command) {
      if (running.get()) {
        return next.execute(command);
      }
      running.set(true);
      CommandContext context = Context.getCommandContext();
      try {
        check(command, context);
        return next.execute(command);
      } catch (AuthorizationException refused) {
        throw completedMeanwhile(command, context) ? UserMistakes.concurrentChange() : refused;
      } finally {
        running.set(false);
      }
    }
  }

  private void check(Command<?> command, CommandContext context) {
    Authentication person = context == null ? null : context.getAuthentication();
    if (person == null || person.getUserId() == null) {
      return;
    }
    if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
      String taskId = field(command, "taskId");
      Map<String, Object> variables = field(command, command instanceof CompleteTaskCmd ? "variables" : "properties");
      TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
      if (task == null) {
        throw new RefusedCommand(404, "Il compito " + RefusedCommand.clip(taskId) + " non esiste o è già stato completato");
      }
      taskContract.accept(task.getTaskDefinitionKey(), variables == null ? Map.of() : variables);
    } else if (command instanceof DeleteTaskCmd) {
      refuseDeletingProcessTasks(command, context);
    } else if (WRITE_VARIABLES.stream().anyMatch(type -> type.isInstance(command)) && !trusted(person)) {
      throw new RefusedCommand(403, ONLY_TRUSTED);
    }
  }

  /**
   * Two completions of one task at once: the second read the task before the first committed, and
   * its permission check after, when the task's grants were gone with it. Not a missing right: 409.
   */
  private static boolean completedMeanwhile(Command<?> command, CommandContext context) {
    if (!(command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd)) {
      return false;
    }
    String taskId = field(command, "taskId");
    context.disableAuthorizationCheck();
    try {
      return new TaskQueryImpl().taskId(taskId).executeCount(context) == 0;
    } finally {
      context.enableAuthorizationCheck();
    }
  }

  /** The engine refuses it too, but as a server error; a task of an objective ends only by completing it. */
  private static void refuseDeletingProcessTasks(Command<?> command, CommandContext context) {
    Collection<String> ids = field(command, "taskIds");
    String id = field(command, "taskId");
    for (String taskId : ids != null ? ids : id != null ? List.of(id) : List.<String>of()) {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task != null && task.getProcessInstanceId() != null) {
        throw new RefusedCommand(403, "Il compito fa parte di un obiettivo: non si può eliminare");
      }
    }
  }

  private boolean trusted(Authentication person) {
    return person.getGroupIds() != null && person.getGroupIds().stream().anyMatch(trustedGroups::contains);
  }

  /** The engine's commands keep what they were given in protected fields, without getters. */
  @SuppressWarnings("unchecked")
  private static <T> T field(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (T) field.get(command);
      } catch (NoSuchFieldException e) {
        // declared higher up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(command.getClass().getName() + " has no field " + name + ": engine upgrade?");
  }
}
