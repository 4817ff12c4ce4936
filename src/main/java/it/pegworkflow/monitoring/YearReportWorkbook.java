package it.pegworkflow.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The year-end report (Relazione sulla performance) as an Excel workbook: sheets Obiettivi, Fasi,
 * Indicatori and Variazioni (every change of the plan, with its act), Italian headers, real date and number cells (Excel and LibreOffice show them the Italian
 * way: 31/12/2017, 1.234,50), columns sized to their content, header row frozen, auto-filter.
 * Streamed (SXSSF), so thousands of rows need little memory. No AWT: widths come from text lengths.
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
  private static final int MAX_WIDTH = 60;

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
  private final CellStyle header;
  private final CellStyle date;
  private final CellStyle dateTime;
  private final CellStyle decimal;
  private final CellStyle percent;
  private final CellStyle fractionalPercent;

  private YearReportWorkbook() {
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    date = workbook.createCellStyle();
    date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    dateTime = workbook.createCellStyle();
    dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
    decimal = workbook.createCellStyle();
    decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
    percent = workbook.createCellStyle();
    percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
    fractionalPercent = workbook.createCellStyle();
    fractionalPercent.setDataFormat(workbook.createDataFormat().getFormat("0.0#%"));
  }

  /**
   * {@code changes}: every change of the objectives' plans, the sheet Variazioni; {@code lateVariations}:
   * the codes flagged «Variazione dopo la scadenza» ({@link LateVariations}).
   */
  public static void write(List<MonitoredObjective> objectives, List<MonitoredPhase> phases,
      List<MonitoredIndicator> indicators, List<PlanChange> changes, Set<String> lateVariations, LocalDate today,
      OutputStream out) throws IOException {
    YearReportWorkbook report = new YearReportWorkbook();
    try (SXSSFWorkbook workbook = report.workbook) {
      report.objectives(objectives, lateVariations);
      report.phases(phases, today);
      report.indicators(indicators);
      report.variations(changes, phases, indicators);
      workbook.write(out);
    }
  }

  static String yesNo(boolean flag) {
    return flag ? "Sì" : "No";
  }

  private void objectives(List<MonitoredObjective> objectives, Set<String> lateVariations) {
    Table table = new Table("Obiettivi", OBJECTIVE_HEADERS);
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
    Table table = new Table("Variazioni", VARIATION_HEADERS);
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
    Table table = new Table("Fasi", PHASE_HEADERS);
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
    Table table = new Table("Indicatori", INDICATOR_HEADERS);
    for (MonitoredIndicator i : indicators) {
      table.row(i.objectiveCode(), i.number(), i.description(), i.type(), i.expectedValue(),
          ActualCell.of(i.valueKind(), i.actualValue()), i.score(), i.note(), i.removed() ? "sì" : "");
    }
    table.finish();
  }

  /** One sheet: a header row, typed cells, and the widths its content asks for. */
  private final class Table {
    private final SXSSFSheet sheet;
    private final int[] widths;
    private int rows = 1;

    Table(String name, List<String> headers) {
      sheet = workbook.createSheet(name);
      widths = new int[headers.size()];
      Row row = sheet.createRow(0);
      for (int i = 0; i < headers.size(); i++) {
        Cell cell = row.createCell(i);
        cell.setCellValue(headers.get(i));
        cell.setCellStyle(header);
        widths[i] = headers.get(i).length() + 3; // room for the filter's button
      }
    }

    void row(Object... values) {
      Row row = sheet.createRow(rows++);
      for (int i = 0; i < values.length; i++) {
        Cell cell = row.createCell(i);
        int length = write(cell, values[i]);
        widths[i] = Math.max(widths[i], Math.min(MAX_WIDTH, length + 1));
      }
    }

    private int write(Cell cell, Object value) {
      if (value == null) {
        return 0;
      }
      if (value instanceof LocalDateTime moment) {
        cell.setCellValue(moment);
        cell.setCellStyle(dateTime);
        return 16;
      }
      if (value instanceof LocalDate day) {
        cell.setCellValue(day);
        cell.setCellStyle(date);
        return 10;
      }
      if (value instanceof ActualCell.Percent share) {
        BigDecimal fraction = share.percent().movePointLeft(2);
        cell.setCellValue(fraction.doubleValue());
        cell.setCellStyle(share.percent().stripTrailingZeros().scale() > 0 ? fractionalPercent : percent);
        return 7;
      }
      if (value instanceof BigDecimal number) {
        cell.setCellValue(number.doubleValue());
        cell.setCellStyle(decimal);
        return 8;
      }
      if (value instanceof Number number) {
        cell.setCellValue(number.doubleValue());
        return number.toString().length();
      }
      cell.setCellValue(value.toString());
      return value.toString().length();
    }

    void finish() {
      for (int i = 0; i < widths.length; i++) {
        sheet.setColumnWidth(i, widths[i] * 256 + 200);
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, widths.length - 1));
    }
  }
}
