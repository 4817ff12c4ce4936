package it.pegworkflow.italian;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader and writer of Italian dates: {@code 30/06/2017} or {@code 1.7.2017} as people write
 * them, {@code 2017-06-30} (or {@code 2017-06-30T00:00:00}) as forms send them, {@code 30 giugno}
 * inside a sentence of a sheet. A year has four digits, a day must exist (31/02 is no date), and
 * no text longer than {@value #MAX_LENGTH} characters is read at all.
 */
public final class ItalianDates {

  public static final int MAX_LENGTH = 30;

  private static final Pattern WRITTEN = Pattern.compile("(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
  private static final Pattern NUMERIC_IN_TEXT = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})(?:[/.\\-](\\d{4}))?");
  private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2}) ([a-z]+)(?: (\\d{4}))?");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final List<String> MONTHS = List.of("gennaio", "febbraio", "marzo", "aprile", "maggio",
      "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre");
  private static final List<String> SHORT_MONTHS = List.of("gen", "feb", "mar", "apr", "mag", "giu", "lug",
      "ago", "set", "ott", "nov", "dic");

  private ItalianDates() {}

  /** A day as people type it ({@code 30/06/2017}, {@code 1/7/2017}, {@code 1.7.2017}) or as forms send it. */
  public static Optional<LocalDate> parse(String text) {
    String s = stripped(text);
    if (s.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    Matcher iso = ISO.matcher(s);
    if (iso.matches()) {
      return day(iso.group(1), iso.group(2), iso.group(3));
    }
    return parseWritten(s);
  }

  /** Only a day as a sheet prints it, {@code gg/mm/aaaa}; what {@link #isWritten} accepts and exists. */
  public static Optional<LocalDate> parseWritten(String text) {
    String s = stripped(text);
    Matcher m = WRITTEN.matcher(s);
    return s.length() <= MAX_LENGTH && m.matches() ? day(m.group(4), m.group(3), m.group(1)) : Optional.empty();
  }

  /** Whether {@code text} has the shape {@code gg/mm/aaaa}, whether or not that day exists. */
  public static boolean isWritten(String text) {
    String s = stripped(text);
    return s.length() <= MAX_LENGTH && WRITTEN.matcher(s).matches();
  }

  /**
   * A day inside a sentence, lower case ({@code 30/06}, {@code 30-06-2017}, {@code 30 giugno},
   * {@code 30 giugno 2017}); without a year it falls in {@code year}. Empty when it is none, or none
   * that exists.
   */
  public static Optional<LocalDate> parseInText(String text, int year) {
    String s = stripped(text).toLowerCase(Locale.ITALIAN);
    if (s.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    Matcher numeric = NUMERIC_IN_TEXT.matcher(s);
    if (numeric.matches()) {
      return day(numeric.group(3) == null ? Integer.toString(year) : numeric.group(3), numeric.group(2), numeric.group(1));
    }
    Matcher dayMonth = DAY_MONTH.matcher(s);
    OptionalInt month = dayMonth.matches() ? month(dayMonth.group(2)) : OptionalInt.empty();
    if (month.isPresent()) {
      String y = dayMonth.group(3) == null ? Integer.toString(year) : dayMonth.group(3);
      return day(y, Integer.toString(month.getAsInt()), dayMonth.group(1));
    }
    return Optional.empty();
  }

  /** The number (1-12) of a month written in full, in any case: {@code Giugno} is 6. */
  public static OptionalInt month(String name) {
    int index = MONTHS.indexOf(stripped(name).toLowerCase(Locale.ITALIAN));
    return index < 0 ? OptionalInt.empty() : OptionalInt.of(index + 1);
  }

  /** {@code 30/06/2017}; empty for no day. */
  public static String format(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  /** The month's short name as the Gantt's scale prints it: {@code giu}. */
  public static String shortMonth(LocalDate day) {
    return SHORT_MONTHS.get(day.getMonthValue() - 1);
  }

  private static Optional<LocalDate> day(String year, String month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException impossible) {
      return Optional.empty();
    }
  }

  private static String stripped(String text) {
    return text == null ? "" : text.replace('\u00A0', ' ').strip();
  }
}
