package it.pegworkflow.objective;

/**
 * An indicatore: what is measured, its type as printed (PERFORMANCE, RISULTATO, EFFICACIA...), the
 * expected value exactly as written in the sheet, and the target read from it.
 */
public record Indicator(int number, String description, String type, String expectedValue, Target target) {

  public Indicator {
    if (number < 1) {
      throw new IllegalArgumentException("Il numero dell'indicatore parte da 1");
    }
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("L'indicatore " + number + " non ha una descrizione");
    }
    if (target == null) {
      throw new IllegalArgumentException("L'indicatore " + number + " non ha un valore atteso");
    }
    type = type == null ? "" : type.strip();
    expectedValue = expectedValue == null ? "" : expectedValue.strip();
  }
}
