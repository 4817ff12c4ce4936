package it.pegworkflow.varying;

import it.pegworkflow.platform.EngineClock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The act a change of the plan rests on (a Giunta's deliberation, as text) and the day it takes
 * effect: today when not given; within the objective's year, the year before or the year after.
 */
record Act(String text, LocalDate effective) {

  static final int MAX_LENGTH = 500;
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");

  /** @throws VariationRefused 400 for a missing or too long act, or a day that is not an ISO date */
  static Act of(String text, String effective) {
    if (text == null || text.isBlank()) {
      throw VariationRefused.badRequest("Manca l'atto (parametro «act»): indicare l'atto che approva la variazione, "
          + "per esempio «Delibera G.C. n. 214 del 18/07/2026»");
    }
    if (text.strip().length() > MAX_LENGTH) {
      throw VariationRefused.badRequest("L'atto (parametro «act») è più lungo di " + MAX_LENGTH + " caratteri");
    }
    if (effective == null || effective.isBlank()) {
      return new Act(text.strip(), LocalDate.ofInstant(EngineClock.now(), ROME));
    }
    try {
      return new Act(text.strip(), LocalDate.parse(effective.strip()));
    } catch (DateTimeParseException e) {
      throw VariationRefused.badRequest("La data di efficacia (parametro «effective») «" + shortened(effective)
          + "» non è una data valida: si attende AAAA-MM-GG, per esempio 2026-07-18");
    }
  }

  /** @throws VariationRefused 400 when the act takes effect too far from the objective's year */
  void checkYearOf(String code, int year) {
    if (Math.abs(effective.getYear() - year) > 1) {
      throw VariationRefused.badRequest("La data di efficacia " + effective + " è fuori dagli anni dell'obiettivo "
          + code + ": deve cadere fra il " + (year - 1) + " e il " + (year + 1));
    }
  }

  private static String shortened(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
