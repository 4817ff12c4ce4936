package it.pegworkflow.process;

import it.pegworkflow.platform.RefusedCommand;

/**
 * The running objective cannot follow the variation now (another request changed the same phase at
 * the same moment, or the objective is past the point where the plan matters): a 409, with an Italian
 * message that says what to do. Nothing of the variation stays (its transaction rolls back). A refused
 * command, so the engine's log has one INFO line for it, not an error with a stack trace.
 */
public class PlanConflict extends RefusedCommand {

  public PlanConflict(String message) {
    super(409, message);
  }
}
