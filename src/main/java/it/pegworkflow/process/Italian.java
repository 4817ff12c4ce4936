package it.pegworkflow.process;

import it.pegworkflow.platform.RefusedCommand;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates written the way Italian users read them. */
final class Italian {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TYPED =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

  private Italian() {}

  static String date(LocalDate day) {
    return DAY.format(day);
  }

  /** A day as people type it ({@code 30/06/2026}, {@code 1/7/2026}) or as forms send it ({@code 2026-06-30}). */
  static LocalDate parseDate(String text) {
    String day = text.strip();
    if (day.length() > 30) {
      throw new java.time.format.DateTimeParseException("too long", RefusedCommand.clip(day), 30);
    }
    if (day.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return LocalDate.parse(day.substring(0, 10));
    }
    return LocalDate.parse(day, TYPED);
  }
}
