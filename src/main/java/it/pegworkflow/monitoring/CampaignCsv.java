package it.pegworkflow.monitoring;

import it.pegworkflow.italian.ItalianDates;
import it.pegworkflow.italian.ItalianNumbers;
import it.pegworkflow.monitoring.CampaignReport.Objective;
import it.pegworkflow.monitoring.CampaignReport.Phase;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Stream;

/**
 * A campaign's report as one CSV table, a row per phase asked (an objective without one gets a row of
 * its own): the objective and its status beside each phase's Previsto / Realizzato / Da realizzare.
 * For Italian Excel as {@link YearReportCsv}: UTF-8 with a byte order mark, semicolons, decimal comma,
 * CRLF, formula-like texts quoted with an apostrophe.
 */
public final class CampaignCsv {

  static final List<String> HEADERS = List.of("Direzione", "Servizio", "Dirigente", "Codice", "Titolo",
      "Stato obiettivo", "N. fase", "Fase", "Responsabile", "Previsto (%)", "Realizzato (%)", "Da realizzare (%)",
      "Stato fase", "Criticità", "Fine prevista dichiarata", "Nota");

  private CampaignCsv() {}

  public static void write(CampaignReport report, Writer out) throws IOException {
    out.write('\uFEFF');
    YearReportCsv.line(out, HEADERS.stream());
    for (Objective o : report.objectives()) {
      if (o.phases().isEmpty()) {
        YearReportCsv.line(out, Stream.concat(objective(o), Stream.of("", "", "", "", "", "", "", "", "", "")));
      }
      for (Phase p : o.phases()) {
        YearReportCsv.line(out, Stream.concat(objective(o), Stream.of(String.valueOf(p.number()),
            YearReportCsv.text(p.name()), YearReportCsv.text(p.responsible()), ItalianNumbers.decimal(p.planned()),
            ItalianNumbers.decimal(p.realised()), ItalianNumbers.decimal(p.remaining()), p.statusLabel(),
            p.criticalityLabel(), p.forecastEnd() == null ? "" : ItalianDates.format(p.forecastEnd()),
            YearReportCsv.text(p.note()))));
      }
    }
    out.flush();
  }

  private static Stream<String> objective(Objective o) {
    return Stream.of(YearReportCsv.text(o.department()), YearReportCsv.text(o.unit()), YearReportCsv.text(o.manager()),
        YearReportCsv.text(o.code()), YearReportCsv.text(o.title()), o.statusLabel());
  }
}
