package it.pegworkflow.platform;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * Feeds {@link EngineHistory} with Camunda's history events. A history event is produced by the
 * engine itself when an activity starts or ends and when a variable changes: after the model's
 * listeners (a refused report never reaches it), whether or not custom listeners were skipped, and in
 * the command's transaction (our tables roll back with the engine). Camunda's own database handler
 * stays ({@link HistoryWithoutCopies}): this one is added beside it. The history level must be full, or the variables' changes
 * would not all be events: the engine refuses to start otherwise.
 */
@Component
class HistoryFeed extends AbstractProcessEnginePlugin implements HistoryEventHandler {

  static final String LEVEL_REFUSED = "Il livello di storia di Camunda deve essere «full» (camunda.bpm.history-level):"
      + " le tabelle degli obiettivi seguono la storia del motore. / Camunda's history level must be full:"
      + " the objective tables follow the engine's history.";

  private final EngineHistory history;

  HistoryFeed(EngineHistory history) {
    this.history = history;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Once: the starter may hand the same plugin bean to the engine twice, and an event fed twice
    // would write a progress update twice.
    if (!configuration.getCustomHistoryEventHandlers().contains(this)) {
      configuration.getCustomHistoryEventHandlers().add(this);
    }
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getHistoryLevel().getId() != HistoryLevel.HISTORY_LEVEL_FULL.getId()) {
      throw new ProcessEngineException(LEVEL_REFUSED + " (" + configuration.getHistoryLevel().getName() + ")");
    }
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!history.processKey().equals(event.getProcessDefinitionKey()) || event.getExecutionId() == null) {
      return;
    }
    if (event instanceof HistoricActivityInstanceEventEntity activity) {
      activity(activity);
    } else if (event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() == null) {
      variable(variable);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  private void activity(HistoricActivityInstanceEventEntity event) {
    boolean start = event.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_START);
    boolean end = event.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_END);
    ExecutionEntity execution = (start || end) ? execution(event.getExecutionId()) : null;
    if (execution == null) {
      return;
    }
    if (start) {
      history.activityStarted(event.getActivityId(), execution);
    } else {
      history.activityEnded(event.getActivityId(), !event.isCanceled(), execution);
    }
  }

  private void variable(HistoricVariableUpdateEventEntity event) {
    if (!history.followsVariable(event.getVariableName())) {
      return;
    }
    // A variable created empty changes no row: every row starts empty (a phase opens not late).
    boolean set = (event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE) && !empty(event))
        || event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE);
    ExecutionEntity execution = set ? execution(event.getExecutionId()) : null;
    if (execution != null) {
      history.variableSet(event.getVariableName(), execution.getVariableLocal(event.getVariableName()), execution);
    }
  }


  /** Null or false: what a row of ours starts with. */
  private static boolean empty(HistoricVariableUpdateEventEntity event) {
    String type = event.getSerializerName();
    return "null".equals(type) || ("boolean".equals(type) && Long.valueOf(0).equals(event.getLongValue()));
  }

  /** The execution as the running command holds it (its cache), with its variables as they now are. */
  private static ExecutionEntity execution(String id) {
    return Context.getCommandContext() == null ? null : Context.getCommandContext().getExecutionManager().findExecutionById(id);
  }
}
