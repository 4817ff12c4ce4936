package it.pegworkflow.process;

/**
 * The running objective cannot follow the variation now (another request changed the same phase at
 * the same moment, or the objective is past the point where the plan matters): a 409, with an Italian
 * message that says what to do. Nothing of the variation stays (its transaction rolls back).
 */
public class PlanConflict extends RuntimeException {

  public PlanConflict(String message) {
    super(message);
  }
}
