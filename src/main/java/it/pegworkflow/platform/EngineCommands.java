package it.pegworkflow.platform;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricTaskInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstancesByProcessInstanceIdCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserOperationLogEntryCmd;
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
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteHistoricProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;

/**
 * The engine's commands as the guard on people's commands sees them ({@link PersonsCommands}): which
 * write variables, which would rewrite an objective, and what they were given. A new command of a
 * Camunda upgrade that writes variables must be added here.
 */
final class EngineCommands {

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

  private EngineCommands() {}

  static boolean writesVariables(Object command) {
    return WRITE_VARIABLES.stream().anyMatch(type -> type.isInstance(command));
  }

  static boolean rewritesAnObjective(Object command) {
    return REWRITE_OBJECTIVES.stream().anyMatch(type -> type.isInstance(command));
  }

  /**
   * The key of the process a plain start (by key or id, or by a start form) would start; null for any
   * other command, starts at chosen activities included.
   */
  static String startedProcessKey(Object command, CommandContext context) {
    String key = null;
    String id = null;
    if (command.getClass() == StartProcessInstanceCmd.class) {
      Object builder = field(command, "instantiationBuilder");
      key = field(builder, "processDefinitionKey");
      id = field(builder, "processDefinitionId");
    } else if (command.getClass() == SubmitStartFormCmd.class) {
      id = field(command, "processDefinitionId");
    }
    if (key != null || id == null || context == null) {
      return key;
    }
    try {
      return context.getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(id).getKey();
    } catch (RuntimeException unknown) {
      return null; // the engine answers an unknown definition itself
    }
  }

  /** The names of the variables a command sets or removes. */
  static List<String> writtenVariables(Object command) {
    List<String> written = new ArrayList<>();
    for (String name : List.of("variables", "variableNames", "deletions")) {
      Object value = optionalField(command, name);
      if (value instanceof Map<?, ?> map) {
        map.keySet().forEach(key -> written.add(String.valueOf(key)));
      } else if (value instanceof Collection<?> names) {
        names.forEach(key -> written.add(String.valueOf(key)));
      }
    }
    return written;
  }

  /** The engine's commands keep what they were given in protected fields, without getters. */
  @SuppressWarnings("unchecked")
  static <T> T field(Object command, String name) {
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
  }}
