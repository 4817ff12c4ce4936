package it.pegworkflow.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.core.io.ClassPathResource;

/** Files of many objectives made from the real Firenze sheet, for the operations tests. */
final class Sheets {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String REAL = read();

  private Sheets() {}

  /**
   * The real sheet under {@code code} (its year must be {@code start}'s), every phase planned from
   * {@code start} to {@code end}: a start in the past is a timer due at once.
   */
  static String objective(String code, LocalDate start, LocalDate end) {
    return REAL.replace("2017_ZN02", code)
        .replaceAll("\t\\d\\d/\\d\\d/2017\t\\d\\d/\\d\\d/2017\t", "\t" + DAY.format(start) + "\t" + DAY.format(end) + "\t");
  }

  /** {@code count} objectives {@code prefix}0001, {@code prefix}0002, ... in one file. */
  static String file(String prefix, int count, LocalDate start, LocalDate end) {
    StringBuilder file = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      file.append(objective(String.format("%s%04d", prefix, i), start, end)).append("\n\n");
    }
    return file.toString();
  }

  /** A start already past and an end still ahead, both in this year's objectives (code prefix {@code year_}). */
  static LocalDate pastStart(LocalDate today) {
    LocalDate start = today.minusDays(10);
    return start.getYear() == today.getYear() ? start : today.withDayOfYear(1);
  }

  static LocalDate comingEnd(LocalDate today) {
    LocalDate end = today.plusDays(20);
    return end.getYear() == today.getYear() ? end : today.withMonth(12).withDayOfMonth(31);
  }

  private static String read() {
    try {
      return new ClassPathResource("sheets/2017_ZN02.txt").getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
