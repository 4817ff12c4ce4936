package it.pegworkflow.sheet;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that opens an objective or repeats it at a page break: {@code 2017_ZN02**Title**}, or
 * the bare code with the title on a following line ({@code title} is then null).
 */
record CodeHeader(String code, String title) {

  private static final Pattern HEADER = Pattern.compile("(\\d{4}_[A-Za-z0-9]+)\\s*(?:\\*\\*(.*?)(?:\\*\\*)?)?");

  /** The header on this line, or null when the line is something else. */
  static CodeHeader parse(SheetLine line) {
    Matcher m = HEADER.matcher(line.joinedFrom(0));
    if (!m.matches()) {
      return null;
    }
    String title = m.group(2) == null || m.group(2).isBlank() ? null : m.group(2).strip();
    return new CodeHeader(m.group(1), title);
  }
}
