package it.pegworkflow.objective;

/** Who an objective belongs to: the Direzione and its Direttore, the Servizio and its Dirigente. */
public record Organisation(
    String department,
    Person director,
    String unit,
    Person manager,
    String classification,
    String kind) {

  public Organisation {
    require(department, "Direzione");
    require(unit, "Servizio");
    if (manager == null) {
      throw new IllegalArgumentException("Il Dirigente è obbligatorio");
    }
    classification = classification == null ? "" : classification;
    kind = kind == null ? "" : kind;
  }

  private static void require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Il campo " + field + " è obbligatorio");
    }
  }
}
