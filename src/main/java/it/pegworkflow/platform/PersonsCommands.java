package it.pegworkflow.platform;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricTaskInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstancesByProcessInstanceIdCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserOperationLogEntryCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteHistoricProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;
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

  static final String PROCESS_RULES = "Un obiettivo segue il suo processo: non si avvia, sposta, riavvia, migra "
      + "o cancella a mano, e la sua cronologia non si cancella (gli obiettivi si importano con il foglio del PEG)";

  private static final List<Class<?>> WRITE_VARIABLES = List.of(AbstractVariableCmd.class, AbstractPatchVariablesCmd.class,
      SetVariablesToProcessInstancesBatchCmd.class, AbstractCorrelateMessageCmd.class, CorrelateAllMessageBatchCmd.class,
      MessageEventReceivedCmd.class, SignalCmd.class, SignalEventReceivedCmd.class, HandleTaskBpmnErrorCmd.class,
      HandleTaskEscalationCmd.class, HandleExternalTaskCmd.class);

  /**
   * What would make our tables and the engine tell different stories, or erase the record: starting an
   * objective without its sheet, moving its tokens (listeners skipped or not), cancelling or migrating
   * it, deleting its history. Refused to everyone who sends it, the trusted groups too (docs/security.md).
   */
  private static final List<Class<?>> REWRITE_OBJECTIVES = List.of(StartProcessInstanceCmd.class,
      StartProcessInstanceAtActivitiesCmd.class, SubmitStartFormCmd.class, RestartProcessInstancesCmd.class,
      ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class, ProcessInstanceModificationBatchCmd.class,
      DeleteProcessInstanceCmd.class, DeleteProcessInstancesCmd.class, DeleteProcessInstanceBatchCmd.class,
      MigrateProcessInstanceCmd.class, MigrateProcessInstanceBatchCmd.class, DeleteHistoricProcessInstancesCmd.class,
      DeleteHistoricProcessInstancesBatchCmd.class, DeleteHistoricVariableInstanceCmd.class,
      DeleteHistoricVariableInstancesByProcessInstanceIdCmd.class, DeleteHistoricTaskInstanceCmd.class,
      DeleteUserOperationLogEntryCmd.class);

  private final Set<String> trustedGroups;
  private final BiConsumer<String, Map<String, Object>> taskContract;
  private final Set<String> processVariables;

  /**
   * @param processVariables the variables the process itself keeps (the objective's plan, its
   *     reports, its scores): a person changes them only by completing a task, never by writing them
   */
  public PersonsCommands(Set<String> trustedGroups, BiConsumer<String, Map<String, Object>> taskContract,
      Set<String> processVariables) {
    this.trustedGroups = Set.copyOf(trustedGroups);
    this.taskContract = taskContract;
    this.processVariables = Set.copyOf(processVariables);
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
      } catch (RuntimeException refused) {
        running.set(false);
        throw refused;
      }
      try {
        return next.execute(command);
      } catch (RuntimeException failure) {
        // The loser of two completions at once fails on whatever it meets first of the winner's
        // commit (the permission check, the task's variables, an execution gone under it, on
        // PostgreSQL even a NullPointerException inside the engine): if the task is gone, it lost a race.
        if (completedMeanwhile(command, context)) {
          throw UserMistakes.concurrentChange();
        }
        throw failure;
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
    } else if (REWRITE_OBJECTIVES.stream().anyMatch(type -> type.isInstance(command))) {
      throw new RefusedCommand(403, PROCESS_RULES);
    } else if (WRITE_VARIABLES.stream().anyMatch(type -> type.isInstance(command))) {
      if (!trusted(person)) {
        throw new RefusedCommand(403, ONLY_TRUSTED);
      }
      refuseProcessVariables(command);
    }
  }

  /**
   * The trusted groups may add their own notes to an objective, not rewrite what the process keeps:
   * a completion changed behind the task would score the objective with a value our tables, the
   * dashboard and the report never saw.
   */
  private void refuseProcessVariables(Command<?> command) {
    List<String> written = new java.util.ArrayList<>();
    for (String name : List.of("variables", "variableNames", "deletions")) {
      Object value = optionalField(command, name);
      if (value instanceof Map<?, ?> map) {
        map.keySet().forEach(key -> written.add(String.valueOf(key)));
      } else if (value instanceof Collection<?> names) {
        names.forEach(key -> written.add(String.valueOf(key)));
      }
    }
    written.stream().filter(processVariables::contains).findFirst().ifPresent(name -> {
      throw new RefusedCommand(409, "«" + name + "» è un dato dell'obiettivo tenuto dal suo processo: cambia solo "
          + "completando il compito che lo chiede, non scrivendo la variabile");
    });
  }

  private static Object optionalField(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(command);
      } catch (NoSuchFieldException e) {
        // declared higher up, or not at all
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    return null;
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
    } catch (RuntimeException cannotTell) {
      return false;
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
