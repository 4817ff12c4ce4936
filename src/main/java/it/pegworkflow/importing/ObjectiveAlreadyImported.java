package it.pegworkflow.importing;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The code of an objective that already has its process instance, running or finished. The
 * caller's mistake (a 409), not the server's: as a {@link BadUserRequestException} the engine, in
 * whose command it is thrown, logs it at DEBUG instead of as an ERROR.
 */
public class ObjectiveAlreadyImported extends BadUserRequestException {

  private final String code;

  public ObjectiveAlreadyImported(String code) {
    super("L'obiettivo " + code + " è già stato importato: esiste già il suo processo");
    this.code = code;
  }

  public String code() {
    return code;
  }
}
