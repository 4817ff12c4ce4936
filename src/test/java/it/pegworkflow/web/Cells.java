package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The cells of a report's sheet as the tests read them: a blank cell is empty text, no number, no date. */
final class Cells {

  private Cells() {}

  /** The rows under the header. */
  static List<Row> rows(Sheet sheet) {
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i <= sheet.getLastRowNum(); i++) {
      rows.add(sheet.getRow(i));
    }
    return rows;
  }

  static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(cell -> texts.add(cell.getStringCellValue()));
    return texts;
  }

  static String text(Row row, int column) {
    Cell cell = row.getCell(column);
    return cell == null ? "" : cell.getStringCellValue();
  }

  static Double number(Row row, int column) {
    Cell cell = row.getCell(column);
    return blank(cell) ? null : cell.getNumericCellValue();
  }

  /** A real date cell (formatted as a date), not a text that looks like one. */
  static LocalDate date(Row row, int column) {
    Cell cell = row.getCell(column);
    if (blank(cell)) {
      return null;
    }
    assertThat(DateUtil.isCellDateFormatted(cell)).as("a date cell").isTrue();
    return cell.getLocalDateTimeCellValue().toLocalDate();
  }

  private static boolean blank(Cell cell) {
    return cell == null || cell.getCellType() == CellType.BLANK;
  }
}
