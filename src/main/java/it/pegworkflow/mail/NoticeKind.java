package it.pegworkflow.mail;

/** What a notice is about: one kind per moment of the objective's year that somebody must act on. */
public enum NoticeKind {
  PHASE_OPENED("Fase da completare"),
  DUE_SOON("Fase in scadenza"),
  LATE("Fase in ritardo"),
  INDICATOR_TO_RECORD("Indicatore da rilevare"),
  JUSTIFICATION_ASKED("Scostamento da motivare"),
  VALIDATION_WAITING("Rendicontazione da validare"),
  SENT_BACK("Rendicontazione rinviata"),
  /** A monitoring campaign's question: a phase's stato di avanzamento or an objective's verifica intermedia. */
  CAMPAIGN_QUESTION("Monitoraggio da compilare"),
  /** A campaign's question still open as its deadline comes. */
  CAMPAIGN_DUE_SOON("Monitoraggio in scadenza");

  private final String label;

  NoticeKind(String label) {
    this.label = label;
  }

  /** The Italian words a subject starts with. */
  public String label() {
    return label;
  }
}
