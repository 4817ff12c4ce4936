package it.pegworkflow.monitoring;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The year's objectives as CSV for Italian Excel: UTF-8 with a byte order mark (else Excel reads
 * it as Windows-1252), semicolons (the comma is the decimal separator), decimal comma, CRLF.
 */
public final class YearReportCsv {

  private YearReportCsv() {}

  public static void write(List<MonitoredObjective> objectives, Writer out) throws IOException {
    out.write('\uFEFF');
    line(out, YearReportWorkbook.OBJECTIVE_HEADERS.stream());
    for (MonitoredObjective o : objectives) {
      line(out, Stream.of(o.code(), o.title(), o.department(), o.unit(), o.manager(), o.stateLabel(),
          ItalianFormat.decimal(o.score()), o.band(), o.deviationReason()));
    }
    out.flush();
  }

  private static void line(Writer out, Stream<String> fields) throws IOException {
    out.write(fields.map(YearReportCsv::field).collect(Collectors.joining(";")));
    out.write("\r\n");
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
