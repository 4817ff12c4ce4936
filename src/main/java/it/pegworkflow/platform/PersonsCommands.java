package it.pegworkflow.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
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

  private final Set<String> trustedGroups;
  private final BiConsumer<String, Map<String, Object>> taskContract;
  private final Set<String> processVariables;
  private final Set<String> startableByTrusted;

  public PersonsCommands(Set<String> trustedGroups, BiConsumer<String, Map<String, Object>> taskContract,
      Set<String> processVariables) {
    this(trustedGroups, taskContract, processVariables, Set.of());
  }

  /**
   * @param processVariables the variables the process itself keeps (the objective's plan, its
   *     reports, its scores): a person changes them only by completing a task, never by writing them
   * @param startableByTrusted the processes the trusted groups may start (a monitoring campaign, from
   *     Tasklist's «Avvia processo»): every other start stays refused to everyone
   */
  public PersonsCommands(Set<String> trustedGroups, BiConsumer<String, Map<String, Object>> taskContract,
      Set<String> processVariables, Set<String> startableByTrusted) {
    this.trustedGroups = Set.copyOf(trustedGroups);
    this.taskContract = taskContract;
    this.processVariables = Set.copyOf(processVariables);
    this.startableByTrusted = Set.copyOf(startableByTrusted);
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
      String taskId = EngineCommands.field(command, "taskId");
      Map<String, Object> variables = EngineCommands.field(command, command instanceof CompleteTaskCmd ? "variables" : "properties");
      TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
      if (task == null) {
        throw new RefusedCommand(404, "Il compito " + RefusedCommand.clip(taskId) + " non esiste o è già stato completato");
      }
      taskContract.accept(task.getTaskDefinitionKey(), variables == null ? Map.of() : variables);
    } else if (command instanceof DeleteTaskCmd) {
      refuseDeletingProcessTasks(command, context);
    } else if (startsAProcessOf(startableByTrusted, command, context)) {
      if (!trusted(person)) {
        throw new RefusedCommand(403, "Solo il controllo di gestione e l'amministratore possono avviare questo processo");
      }
    } else if (EngineCommands.rewritesAnObjective(command)) {
      throw new RefusedCommand(403, PROCESS_RULES);
    } else if (EngineCommands.writesVariables(command)) {
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
    EngineCommands.writtenVariables(command).stream().filter(processVariables::contains).findFirst().ifPresent(name -> {
      throw new RefusedCommand(409, "«" + name + "» è un dato dell'obiettivo tenuto dal suo processo: cambia solo "
          + "completando il compito che lo chiede, non scrivendo la variabile");
    });
  }

  /**
   * Two completions of one task at once: the second read the task before the first committed, and
   * its permission check after, when the task's grants were gone with it. Not a missing right: 409.
   */
  private static boolean completedMeanwhile(Command<?> command, CommandContext context) {
    if (!(command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd)) {
      return false;
    }
    String taskId = EngineCommands.field(command, "taskId");
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
    Collection<String> ids = EngineCommands.field(command, "taskIds");
    String id = EngineCommands.field(command, "taskId");
    for (String taskId : ids != null ? ids : id != null ? List.of(id) : List.<String>of()) {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task != null && task.getProcessInstanceId() != null) {
        throw new RefusedCommand(403, "Il compito fa parte di un obiettivo: non si può eliminare");
      }
    }
  }

  private static boolean startsAProcessOf(Set<String> keys, Command<?> command, CommandContext context) {
    String key = keys.isEmpty() ? null : EngineCommands.startedProcessKey(command, context);
    return key != null && keys.contains(key);
  }

  private boolean trusted(Authentication person) {
    return person.getGroupIds() != null && person.getGroupIds().stream().anyMatch(trustedGroups::contains);
  }

}
