package it.pegworkflow.web;

/** Someone outside the controllo di gestione tried to import a sheet. */
class ImportNotAllowed extends RuntimeException {

  ImportNotAllowed() {
    this("Solo il controllo di gestione può importare i fogli PEG");
  }

  ImportNotAllowed(String message) {
    super(message);
  }
}
