package it.pegworkflow.varying;

/**
 * A variation, withdrawal or reassignment that cannot be done, with the HTTP status and the Italian
 * words the caller reads. Nothing was changed.
 */
public class VariationRefused extends RuntimeException {

  private final int status;
  private final String title;

  VariationRefused(int status, String title, String message) {
    super(message);
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public static VariationRefused badRequest(String message) {
    return new VariationRefused(400, "Richiesta non valida", message);
  }

  static VariationRefused unknown(String code) {
    return new VariationRefused(404, "Obiettivo non trovato", "Nessun obiettivo con codice " + code);
  }

  static VariationRefused conflict(String message) {
    return new VariationRefused(409, "Variazione non possibile", message);
  }

  static VariationRefused nothing(String message) {
    return new VariationRefused(422, "Nessuna variazione", message);
  }
}
