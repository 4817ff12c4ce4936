package it.pegworkflow.platform;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What the engine did, as our tables follow it: fed by {@link HistoryFeed} from Camunda's own history
 * events, after the model's listeners ran and inside the same transaction. Implemented by the one
 * projection of the process (process.ObjectiveProjection); platform knows no process, so the
 * projection says which process it follows.
 */
public interface EngineHistory {

  /** The key of the process definition whose instances are followed. */
  String processKey();

  /**
   * Whether a change of this variable is of interest. Only those values are read: reading any other
   * would deserialize whatever a client stored (an object of a refused class, a huge value).
   */
  boolean followsVariable(String name);

  /** An activity (or a multi-instance body, {@code id#multiInstanceBody}) started in {@code execution}. */
  void activityStarted(String activityId, DelegateExecution execution);

  /** An activity ended: {@code completed} false when it was cancelled (a boundary event, a termination). */
  void activityEnded(String activityId, boolean completed, DelegateExecution execution);

  /**
   * A variable was created or changed: {@code value} as it now is, {@code execution} the one that
   * holds it (its scope gives the phase or the indicator).
   */
  void variableSet(String name, Object value, DelegateExecution execution);
}
