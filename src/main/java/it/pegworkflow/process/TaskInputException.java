package it.pegworkflow.process;

import it.pegworkflow.platform.RefusedCommand;

/** What a user entered to complete a task does not fit: the task stays open, the message says why (400). */
public class TaskInputException extends RefusedCommand {

  public TaskInputException(String message) {
    super(400, message);
  }

  @Override
  public String logLabel() {
    return "Compito non completato, dati rifiutati";
  }
}
