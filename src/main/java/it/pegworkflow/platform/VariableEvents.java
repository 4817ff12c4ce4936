package it.pegworkflow.platform;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;

/** What a variable's history event says about its value. */
final class VariableEvents {

  private VariableEvents() {}

  /** Null or false: what a scope's slot opens with, and what a row of ours starts with. */
  static boolean empty(HistoricVariableUpdateEventEntity event) {
    String type = event.getSerializerName();
    return "null".equals(type) || ("boolean".equals(type) && Long.valueOf(0).equals(event.getLongValue()));
  }
}
