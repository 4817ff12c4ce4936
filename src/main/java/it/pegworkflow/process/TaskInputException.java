package it.pegworkflow.process;

import org.camunda.bpm.engine.ProcessEngineException;

/** What a user entered to complete a task does not fit: the task stays open, the message says why. */
public class TaskInputException extends ProcessEngineException {

  public TaskInputException(String message) {
    super(message);
  }
}
