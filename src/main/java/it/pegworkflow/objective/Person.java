package it.pegworkflow.objective;

/**
 * Someone named in a sheet, as printed: {@code SURNAME NAME}, with the role when the sheet gives one
 * ({@code VERNA MARCO - P.O. INCLUSIONE SOCIALE}).
 */
public record Person(String fullName, String role) {

  public Person {
    if (fullName == null || fullName.isBlank()) {
      throw new IllegalArgumentException("Il nome della persona è obbligatorio");
    }
    fullName = fullName.strip();
    role = role == null ? "" : role.strip();
  }

  public static Person named(String fullName) {
    return new Person(fullName, "");
  }

  /** The sheet's own way of writing a responsible: name, dash, role. */
  public String printed() {
    return role.isEmpty() ? fullName : fullName + " - " + role;
  }
}
