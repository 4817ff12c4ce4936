package it.pegworkflow.monitoring;

import it.pegworkflow.italian.ItalianNumbers;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The year's objectives as CSV for Italian Excel: UTF-8 with a byte order mark (else Excel reads
 * it as Windows-1252), semicolons (the comma is the decimal separator), decimal comma, CRLF.
 * Texts come from sheets and tasks other people wrote: one that a spreadsheet would read as a formula
 * (starting with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so Excel and
 * LibreOffice show it as text instead of running it (OWASP's advice on CSV injection).
 */
public final class YearReportCsv {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private YearReportCsv() {}

  /** {@code lateVariations}: the codes flagged «Variazione dopo la scadenza» ({@link LateVariations}). */
  public static void write(List<MonitoredObjective> objectives, Set<String> lateVariations, Writer out)
      throws IOException {
    out.write('\uFEFF');
    line(out, YearReportWorkbook.OBJECTIVE_HEADERS.stream().map(YearReportCsv::text));
    for (MonitoredObjective o : objectives) {
      line(out, Stream.of(text(o.code()), text(o.title()), text(o.department()), text(o.unit()), text(o.manager()),
          text(o.stateLabel()), ItalianNumbers.decimal(o.score()), text(o.band()), text(o.deviationReason()),
          ItalianNumbers.decimal(o.phasesScore()), ItalianNumbers.decimal(o.indicatorsScore()), text(o.validationNote()),
          YearReportWorkbook.yesNo(lateVariations.contains(o.code()))));
    }
    out.flush();
  }

  static void line(Writer out, Stream<String> fields) throws IOException {
    out.write(fields.map(YearReportCsv::field).collect(Collectors.joining(";")));
    out.write("\r\n");
  }

  static String text(String value) {
    return value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  private static String field(String value) {
    if (value == null) {
      return "";
    }
    if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
