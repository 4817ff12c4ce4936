package it.pegworkflow.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The year-end report (Relazione sulla performance) as an Excel workbook: sheets Obiettivi, Fasi,
 * Indicatori and Variazioni (every change of the plan, with its act), laid out as {@link ReportSheets} does.
 */
public final class YearReportWorkbook {

  static final List<String> OBJECTIVE_HEADERS = List.of("Codice", "Titolo", "Direzione", "Servizio", "Dirigente",
      "Stato", "Punteggio", "Fascia", "Motivazione dello scostamento", "Punteggio fasi", "Punteggio indicatori",
      "Nota di validazione del Nucleo", "Variazione dopo la scadenza");
  static final List<String> PHASE_HEADERS = List.of("Codice obiettivo", "N.", "Fase", "Responsabile", "Inizio previsto",
      "Fine prevista", "Fine effettiva", "Giorni di ritardo", "Completamento (%)", "Stato", "In ritardo", "Peso (%)",
      "Relazione", "Ultimo avanzamento (%)", "Avanzamento al", "Fine prevista aggiornata", "Nota sull'avanzamento");
  static final List<String> INDICATOR_HEADERS = List.of("Codice obiettivo", "N.", "Indicatore", "Tipo",
      "Valore atteso", "Valore effettivo", "Punteggio", "Nota", "Soppresso");
  static final List<String> VARIATION_HEADERS = List.of("Obiettivo", "Fase o indicatore", "Attributo", "Prima", "Dopo",
      "Atto", "Data di efficacia", "Inviata da", "Inviata il");
  private final ReportSheets sheets = new ReportSheets();

  private YearReportWorkbook() {}

  /**
   * {@code changes}: every change of the objectives' plans, the sheet Variazioni; {@code lateVariations}:
   * the codes flagged «Variazione dopo la scadenza» ({@link LateVariations}).
   */
  public static void write(List<MonitoredObjective> objectives, List<MonitoredPhase> phases,
      List<MonitoredIndicator> indicators, List<PlanChange> changes, Set<String> lateVariations, LocalDate today,
      OutputStream out) throws IOException {
    YearReportWorkbook report = new YearReportWorkbook();
    try (ReportSheets sheets = report.sheets) {
      report.objectives(objectives, lateVariations);
      report.phases(phases, today);
      report.indicators(indicators);
      report.variations(changes, phases, indicators);
      sheets.write(out);
    }
  }

  static String yesNo(boolean flag) {
    return flag ? "Sì" : "No";
  }

  private void objectives(List<MonitoredObjective> objectives, Set<String> lateVariations) {
    ReportSheets.Table table = sheets.table("Obiettivi", OBJECTIVE_HEADERS);
    for (MonitoredObjective o : objectives) {
      table.row(o.code(), o.title(), o.department(), o.unit(), o.manager(), o.stateLabel(), o.score(), o.band(),
          o.deviationReason(), o.phasesScore(), o.indicatorsScore(), o.validationNote(),
          yesNo(lateVariations.contains(o.code())));
    }
    table.finish();
  }

  /** Each change of each objective, in order: what the Relazione sulla performance must report (art. 6 D.Lgs. 150/2009). */
  private void variations(List<PlanChange> changes, List<MonitoredPhase> phases, List<MonitoredIndicator> indicators) {
    Map<String, String> names = new HashMap<>();
    phases.forEach(p -> names.put(p.objectiveCode() + "/F" + p.number(), p.name()));
    indicators.forEach(i -> names.put(i.objectiveCode() + "/I" + i.number(), i.description()));
    ReportSheets.Table table = sheets.table("Variazioni", VARIATION_HEADERS);
    for (PlanChange c : changes) {
      String name = names.get(c.objectiveCode() + (c.phase() != null ? "/F" + c.phase() : "/I" + c.indicator()));
      String subject = ChangeWords.subject(c);
      table.row(c.objectiveCode(), subject.isEmpty() || name == null ? subject : subject + " – " + name,
          ChangeWords.attribute(c.attribute()), value(c.attribute(), c.before()), value(c.attribute(), c.after()),
          c.act(), c.effective(), c.sentBy(), c.sentAt());
    }
    table.finish();
  }

  /** Dates and weights as real cells, the rest as the act wrote it. */
  private static Object value(String attribute, String value) {
    if (value != null && (attribute.equals("plannedStart") || attribute.equals("plannedEnd"))) {
      LocalDate day = PlanVersions.date(value);
      return day != null ? day : value;
    }
    if (value != null && attribute.equals("weight")) {
      try {
        return new BigDecimal(value.strip());
      } catch (NumberFormatException notANumber) {
        return value;
      }
    }
    return value;
  }

  private void phases(List<MonitoredPhase> phases, LocalDate today) {
    ReportSheets.Table table = sheets.table("Fasi", PHASE_HEADERS);
    for (MonitoredPhase p : phases) {
      PhaseProgress progress = p.latestProgress();
      table.row(p.objectiveCode(), p.number(), p.name(), p.responsible(), p.plannedStart(), p.plannedEnd(),
          p.actualEnd(), p.lateDays(today), p.completion(), p.state() == null ? "" : p.state().label(),
          p.state() == null ? "" : p.wentLate() ? "sì" : "no", p.weight(), p.report(),
          progress == null ? null : progress.completion(), progress == null ? null : progress.recordedAt().toLocalDate(),
          progress == null ? null : progress.forecastEnd(), progress == null ? null : progress.note());
    }
    table.finish();
  }

  private void indicators(List<MonitoredIndicator> indicators) {
    ReportSheets.Table table = sheets.table("Indicatori", INDICATOR_HEADERS);
    for (MonitoredIndicator i : indicators) {
      table.row(i.objectiveCode(), i.number(), i.description(), i.type(), i.expectedValue(),
          ActualCell.of(i.valueKind(), i.actualValue()), i.score(), i.note(), i.removed() ? "sì" : "");
    }
    table.finish();
  }
}
