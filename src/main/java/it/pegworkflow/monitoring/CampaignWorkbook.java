package it.pegworkflow.monitoring;

import it.pegworkflow.campaign.CampaignStatus;
import it.pegworkflow.italian.ItalianDates;
import it.pegworkflow.italian.ItalianNumbers;
import it.pegworkflow.monitoring.CampaignReport.Objective;
import it.pegworkflow.monitoring.CampaignReport.Phase;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A campaign's report for the Giunta, the Consiglio and the Nucleo (docs/campaigns.md, "Report and
 * Cockpit"): sheets Obiettivi, Fasi (Previsto / Realizzato / Da realizzare), Indicatori, Riepilogo (per
 * Direzione), Concluse and Criticità, laid out as {@link ReportSheets} does; percentages are percent cells.
 */
public final class CampaignWorkbook {

  static final List<String> OBJECTIVE_HEADERS = List.of("Direzione", "Servizio", "Dirigente", "Codice", "Titolo",
      "Stato", "Risposta del Dirigente", "Commento del Dirigente", "Concluso");
  static final List<String> PHASE_HEADERS = List.of("Direzione", "Codice obiettivo", "N.", "Fase", "Responsabile",
      "Inizio previsto", "Fine prevista", "Previsto", "Realizzato", "Da realizzare", "Stato", "Risposta", "Criticità",
      "Fine prevista dichiarata", "Nota", "Proposta di variazione", "Realizzato dichiarato dal responsabile",
      "Correzione del Dirigente");
  static final List<String> INDICATOR_HEADERS = List.of("Codice obiettivo", "N.", "Indicatore", "Valore atteso",
      "Valore intermedio", "Motivo del valore mancante");
  static final List<String> SUMMARY_HEADERS = List.of("Direzione", "Obiettivi", "In linea", "A rischio", "Critico",
      "Non pervenuto");
  static final List<String> CONCLUDED_HEADERS = List.of("Direzione", "Servizio", "Dirigente", "Codice", "Titolo");
  static final List<String> CRITICALITY_HEADERS = List.of("Direzione", "Codice", "Titolo", "Stato", "N. fase", "Fase",
      "Responsabile", "Criticità", "Perché", "Nota");

  private final ReportSheets sheets = new ReportSheets();
  private final CampaignReport report;

  private CampaignWorkbook(CampaignReport report) {
    this.report = report;
  }

  public static void write(CampaignReport report, OutputStream out) throws IOException {
    CampaignWorkbook workbook = new CampaignWorkbook(report);
    try (ReportSheets sheets = workbook.sheets) {
      workbook.objectives();
      workbook.phases();
      workbook.indicators();
      workbook.summary();
      workbook.concluded();
      workbook.criticalities();
      sheets.write(out);
    }
  }

  private void objectives() {
    ReportSheets.Table table = sheets.table("Obiettivi", OBJECTIVE_HEADERS);
    for (Objective o : report.objectives()) {
      table.row(o.department(), o.unit(), o.manager(), o.code(), o.title(), o.statusLabel(), o.managerStateLabel(),
          o.comment(), o.concluded() == null ? null : YearReportWorkbook.yesNo(o.concluded()));
    }
    table.finish();
  }

  private void phases() {
    ReportSheets.Table table = sheets.table("Fasi", PHASE_HEADERS);
    for (Objective o : report.objectives()) {
      for (Phase p : o.phases()) {
        table.row(o.department(), o.code(), p.number(), p.name(), p.responsible(), p.plannedStart(), p.plannedEnd(),
            percent(p.planned()), percent(p.realised()), percent(p.remaining()), p.statusLabel(), p.stateLabel(),
            p.criticalityLabel(), p.forecastEnd(), p.note(), p.proposal(),
            p.correction() == null ? null : percent(p.original().completion()), correction(p));
      }
    }
    table.finish();
  }

  private void indicators() {
    ReportSheets.Table table = sheets.table("Indicatori", INDICATOR_HEADERS);
    for (Objective o : report.objectives()) {
      o.indicators().forEach(i -> table.row(o.code(), i.number(), i.description(), i.target(), i.intermediateValue(),
          i.missingReason()));
    }
    table.finish();
  }

  /** Per Direzione, how many objectives stand where; the objectives seen without a status do not count. */
  private void summary() {
    Map<String, int[]> counts = new TreeMap<>();
    int[] total = new int[CampaignStatus.values().length + 1];
    for (Objective o : report.objectives()) {
      if (o.status() != null) {
        int[] direzione = counts.computeIfAbsent(o.department(), d -> new int[total.length]);
        for (int[] row : List.of(direzione, total)) {
          row[0]++;
          row[o.status().ordinal() + 1]++;
        }
      }
    }
    ReportSheets.Table table = sheets.table("Riepilogo", SUMMARY_HEADERS);
    counts.forEach((direzione, row) -> table.row(summaryRow(direzione, row)));
    table.row(summaryRow("Totale", total));
    table.finish();
  }

  private static Object[] summaryRow(String label, int[] counts) {
    List<Object> row = new ArrayList<>(List.of(label));
    for (int count : counts) {
      row.add(count);
    }
    return row.toArray();
  }

  private void concluded() {
    ReportSheets.Table table = sheets.table("Concluse", CONCLUDED_HEADERS);
    report.objectives().stream().filter(o -> Boolean.TRUE.equals(o.concluded()))
        .forEach(o -> table.row(o.department(), o.unit(), o.manager(), o.code(), o.title()));
    table.finish();
  }

  /** Each phase with a criticità named, or behind the plan, or ending late: what and why. */
  private void criticalities() {
    ReportSheets.Table table = sheets.table("Criticità", CRITICALITY_HEADERS);
    for (Objective o : report.objectives()) {
      for (Phase p : o.phases()) {
        String why = why(p);
        if (!why.isEmpty()) {
          table.row(o.department(), o.code(), o.title(), p.statusLabel(), p.number(), p.name(), p.responsible(),
              p.criticalityLabel(), why, p.note());
        }
      }
    }
    table.finish();
  }

  private String why(Phase p) {
    if (p.status() == null || p.realised() == null) {
      return "";
    }
    List<String> reasons = new ArrayList<>();
    if (p.criticality() != null && !"NONE".equals(p.criticality())) {
      reasons.add("criticità " + p.criticalityLabel() + " dichiarata");
    }
    BigDecimal behind = p.planned().subtract(p.realised());
    if (behind.compareTo(report.thresholds().atRisk()) >= 0) {
      reasons.add(ItalianNumbers.percent(behind).replace("%", "") + " punti dietro il previsto ("
          + ItalianNumbers.percent(p.realised()) + " realizzato su " + ItalianNumbers.percent(p.planned()) + ")");
    }
    if (p.forecastEnd() != null && p.plannedEnd() != null && p.forecastEnd().isAfter(p.plannedEnd())) {
      reasons.add("fine prevista al " + ItalianDates.format(p.forecastEnd()) + ", dopo quella pianificata ("
          + ItalianDates.format(p.plannedEnd()) + ")");
    }
    return String.join("; ", reasons);
  }

  private static String correction(Phase p) {
    if (p.correction() == null) {
      return null;
    }
    var c = p.correction();
    List<String> parts = new ArrayList<>();
    if (c.completion() != null) {
      parts.add("realizzato " + ItalianNumbers.percent(c.completion()));
    }
    if (c.forecastEnd() != null) {
      parts.add("fine prevista " + ItalianDates.format(c.forecastEnd()));
    }
    if (c.criticalityLabel() != null) {
      parts.add("criticità " + c.criticalityLabel());
    }
    if (c.note() != null) {
      parts.add(c.note());
    }
    return String.join("; ", parts) + (c.by() == null ? "" : " (" + c.by() + ")");
  }

  static ActualCell.Percent percent(BigDecimal value) {
    return value == null ? null : new ActualCell.Percent(value);
  }
}
