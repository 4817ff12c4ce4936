package it.pegworkflow.importing;

/** The import needs the directory to know who the sheet's people are, and it does not answer. */
public class DirectoryDown extends RuntimeException {

  DirectoryDown(Throwable cause) {
    super("L'elenco del personale del Comune (LDAP) non risponde: senza di esso le persone del foglio non si "
        + "riconoscono. Nessun obiettivo è stato importato: riprovare fra qualche minuto", cause);
  }
}
