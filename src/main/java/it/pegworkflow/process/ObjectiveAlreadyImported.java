package it.pegworkflow.process;

/** The code of an objective that already has its process instance, running or finished. */
public class ObjectiveAlreadyImported extends RuntimeException {

  private final String code;

  public ObjectiveAlreadyImported(String code) {
    super("L'obiettivo " + code + " è già stato importato: esiste già il suo processo");
    this.code = code;
  }

  public String code() {
    return code;
  }
}
