package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.italian.ItalianDates;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * What the late-phase warning says: who is late, since when and by how much before the phase's name
 * (a long name never cuts it off), and in full in its description. Read from the phase's variables.
 */
record LateWarning(String name, String description) {

  static LateWarning of(Map<String, Object> phase, String responsible, LocalDate plannedEnd, LocalDate today) {
    String code = (String) phase.get(OBJECTIVE_CODE);
    long days = Math.max(1, ChronoUnit.DAYS.between(plannedEnd, today));
    String late = "in ritardo di " + days + (days == 1 ? " giorno" : " giorni");
    String subject = "Fase " + late + " (fine prevista " + ItalianDates.format(plannedEnd) + "), " + responsible + ": "
        + phase.get(PHASE_NAME);
    String description = "La fase «" + phase.get(PHASE_NAME) + "» dell'obiettivo " + code + ", responsabile "
        + phase.get(PHASE_RESPONSIBLE) + ", doveva concludersi il " + ItalianDates.format(plannedEnd)
        + ": alla segnalazione era " + late + ". Sollecitare il responsabile; il compito si chiude da solo quando la "
        + "fase viene completata, oppure lo si chiude dopo averne preso atto.";
    return new LateWarning(NameTask.shortened(subject) + " (" + code + ")", description);
  }
}
