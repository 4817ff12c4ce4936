package it.pegworkflow.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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
 * The sheets of our reports (the year's, a campaign's): Italian headers, real date and number cells
 * (Excel and LibreOffice show them the Italian way: 31/12/2017, 1.234,50, 40%), columns sized to their
 * content, header row frozen, auto-filter. Streamed (SXSSF), so thousands of rows need little memory.
 * No AWT: widths come from text lengths.
 */
final class ReportSheets implements AutoCloseable {

  private static final int MAX_WIDTH = 60;

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
  private final CellStyle header;
  private final CellStyle date;
  private final CellStyle dateTime;
  private final CellStyle decimal;
  private final CellStyle percent;
  private final CellStyle fractionalPercent;

  ReportSheets() {
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

  Table table(String name, List<String> headers) {
    return new Table(name, headers);
  }

  void write(java.io.OutputStream out) throws java.io.IOException {
    workbook.write(out);
  }

  @Override
  public void close() throws java.io.IOException {
    workbook.close();
  }

  /** One sheet: a header row, typed cells, and the widths its content asks for. */
  final class Table {
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
