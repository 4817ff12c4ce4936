package it.pegworkflow.platform;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Camunda's database history, without the trail of constants (issue 16, docs/benchmark.md "Write less
 * per objective"). Every variable used to cost three rows: its runtime row, its history instance and
 * a history detail. For the copies of the phase's plan and for a scope's empty slots only the runtime
 * row is left, which goes when the phase ends; what people did (every value they gave, completions,
 * reasons, validations) is history as before. Camunda's documented extension point: its own database
 * handler, registered instead of the default one, given only the events worth keeping. The history
 * level stays full, so the other handlers ({@link HistoryFeed}) still see every event.
 */
@Component
class HistoryWithoutCopies extends AbstractProcessEnginePlugin {

  private final Database database;

  HistoryWithoutCopies(QuietVariables quiet) {
    this.database = new Database(quiet);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    // Once: the starter may hand the same plugin bean to the engine twice.
    if (!configuration.getCustomHistoryEventHandlers().contains(database)) {
      configuration.getCustomHistoryEventHandlers().add(0, database);
    }
  }

  /** The default database handler, skipping the variable events that would say nothing. */
  static final class Database extends DbHistoryEventHandler {

    private final QuietVariables quiet;

    Database(QuietVariables quiet) {
      this.quiet = quiet;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!(event instanceof HistoricVariableUpdateEventEntity variable) || worthKeeping(variable)) {
        super.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }

    /**
     * A slot's history starts with the first value given to it: what it opens with is a default or a
     * copy of our tables. That first value is an update whose history instance does not exist yet,
     * and the engine's handler inserts it then (DbHistoryEventHandler, CAM-1344), with its detail.
     */
    boolean worthKeeping(HistoricVariableUpdateEventEntity variable) {
      String name = variable.getVariableName();
      if (quiet.isCopy(name)) {
        return false;
      }
      return !(quiet.isSlot(name) && variable.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE));
    }
  }
}
