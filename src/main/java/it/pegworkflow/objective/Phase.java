package it.pegworkflow.objective;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A fase of an objective: planned between two dates, weighted, in charge of one responsible and
 * one responsibility centre (the Servizio when the sheet prints none). The weight is empty when the
 * sheet prints none.
 */
public record Phase(
    int number,
    String name,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    Optional<BigDecimal> weight,
    Person responsible,
    String centre,
    String note) {

  public Phase {
    if (number < 1) {
      throw new IllegalArgumentException("Il numero della fase parte da 1");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("La fase " + number + " non ha un nome");
    }
    if (plannedStart == null || plannedEnd == null) {
      throw new IllegalArgumentException("La fase " + number + " non ha le date previste");
    }
    if (plannedEnd.isBefore(plannedStart)) {
      throw new IllegalArgumentException("La fase " + number + " finisce prima di iniziare");
    }
    if (responsible == null) {
      throw new IllegalArgumentException("La fase " + number + " non ha un responsabile");
    }
    weight = weight == null ? Optional.empty() : weight;
    weight.filter(w -> w.signum() < 0).ifPresent(w -> {
      throw new IllegalArgumentException("La fase " + number + " ha un peso negativo");
    });
    if (centre == null || centre.isBlank()) {
      // the sheet's empty centre means the Servizio: the parser says so, nothing downstream guesses
      throw new IllegalArgumentException("La fase " + number + " non ha un centro di responsabilità");
    }
    centre = centre.strip();
    note = note == null ? "" : note.strip();
  }
}
