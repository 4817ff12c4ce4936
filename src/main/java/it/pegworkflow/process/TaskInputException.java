package it.pegworkflow.process;

import org.camunda.bpm.engine.ProcessEngineException;

/** What a user entered to complete a task does not fit: the task stays open, the message says why. */
public class TaskInputException extends ProcessEngineException {

  public TaskInputException(String message) {
    super(message);
  }

  /** The refusal somewhere in the chain of causes (the engine wraps what its listeners throw), or null. */
  public static TaskInputException in(Throwable error) {
    for (Throwable t = error; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof TaskInputException refused) {
        return refused;
      }
    }
    return null;
  }
}
