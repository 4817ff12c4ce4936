package it.pegworkflow.objective;

/** Where an objective is in its yearly cycle, with the Italian words the users read. */
public enum ObjectiveState {
  RUNNING("in corso"),
  REPORTING("in rendicontazione"),
  VALIDATING("in validazione"),
  REPORTED("rendicontato"),
  /** Withdrawn by an act: its tasks ended, out of the year's scores, in the report as ritirato. */
  WITHDRAWN("ritirato");

  private final String label;

  ObjectiveState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
