package it.pegworkflow.demo;

import it.pegworkflow.italian.ItalianDates;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Puts the demo sheets' dates where a newcomer sees a living year instead of a finished one. */
final class DemoSheets {

  private static final Pattern RELATIVE_DAY = Pattern.compile("\\{OGGI([+-]\\d+)}");

  private DemoSheets() {}

  /** Moves the sheet's year (in its code and in every date) to {@code year}. */
  static String movedToYear(String sheet, int from, int year) {
    return sheet
        .replace(from + "_", year + "_")
        .replaceAll("(\\d\\d/\\d\\d/)" + from, "$1" + year)
        .replaceAll("(\\d\\d/\\d\\d/)" + (from + 1), "$1" + (year + 1));
  }

  /** Fills {@code {ANNO}} with the current year and {@code {OGGI-10}} with the day ten days ago. */
  static String datedFrom(String template, LocalDate today) {
    Matcher days = RELATIVE_DAY.matcher(template.replace("{ANNO}", Integer.toString(today.getYear())));
    StringBuilder out = new StringBuilder();
    while (days.find()) {
      days.appendReplacement(out, ItalianDates.format(today.plusDays(Long.parseLong(days.group(1)))));
    }
    days.appendTail(out);
    return out.toString();
  }
}
