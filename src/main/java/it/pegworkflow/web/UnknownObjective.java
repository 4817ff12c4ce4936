package it.pegworkflow.web;

/** A code that no import brought in. */
class UnknownObjective extends RuntimeException {

  UnknownObjective(String code) {
    super("Nessun obiettivo con codice " + code);
  }
}
