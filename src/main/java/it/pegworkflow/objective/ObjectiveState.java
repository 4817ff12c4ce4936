package it.pegworkflow.objective;

/** Where an objective is in its yearly cycle, with the Italian words the users read. */
public enum ObjectiveState {
  RUNNING("in corso"),
  REPORTING("in rendicontazione"),
  VALIDATING("in validazione"),
  REPORTED("rendicontato");

  private final String label;

  ObjectiveState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
