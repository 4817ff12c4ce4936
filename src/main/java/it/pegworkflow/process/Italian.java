package it.pegworkflow.process;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates written the way Italian users read them. */
final class Italian {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Italian() {}

  static String date(LocalDate day) {
    return DAY.format(day);
  }
}
