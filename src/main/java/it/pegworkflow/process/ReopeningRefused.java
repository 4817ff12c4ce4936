package it.pegworkflow.process;

/** A reopening that cannot be done, with the HTTP status and the Italian message the caller reads. */
public class ReopeningRefused extends RuntimeException {

  private final int status;

  ReopeningRefused(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
