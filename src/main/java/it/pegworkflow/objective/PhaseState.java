package it.pegworkflow.objective;

/** Where a phase is: waiting for its planned start, open, or closed one way or the other. */
public enum PhaseState {
  PLANNED("da avviare"),
  RUNNING("in corso"),
  COMPLETED("completata"),
  NOT_COMPLETED("non completata"),
  /** Dropped by a variation: its task ended, it no longer counts in the score (docs/variations.md). */
  REMOVED("soppressa");

  private final String label;

  PhaseState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
