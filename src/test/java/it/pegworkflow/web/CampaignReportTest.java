package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The campaign's report (GET /api/campaigns/{id}/report.xlsx and .csv) read back cell by cell. */
class CampaignReportTest extends CampaignScenario {

  @BeforeEach
  void theYear() {
    scenario();
  }

  @Test
  void theWorkbookHasTheSixSheetsWithRealDateAndPercentCells() throws Exception {
    Api.Download download = as(CONTROLLO).download("/api/campaigns/" + june() + "/report.xlsx");
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.disposition()).contains("monitoraggio-" + YEAR + "-06-30.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.bytes()))) {
      assertThat(workbook).extracting(Sheet::getSheetName)
          .containsExactly("Obiettivi", "Fasi", "Indicatori", "Riepilogo", "Concluse", "Criticità");

      Sheet objectives = workbook.getSheet("Obiettivi");
      assertThat(texts(objectives.getRow(0))).startsWith("Direzione", "Servizio", "Dirigente", "Codice", "Titolo", "Stato");
      assertThat(rows(objectives)).extracting(r -> text(r, 0), r -> text(r, 2), r -> text(r, 3), r -> text(r, 5), r -> text(r, 8))
          .containsExactly(tuple("CULTURA", "FOTI FILIPPO", CULTURE, "critico", "No"),
              tuple("SERVIZI SOCIALI", "FOTI FILIPPO", DONE, "in linea", "Sì"),
              tuple("SERVIZI SOCIALI", "FOTI FILIPPO", SOCIAL, "non pervenuto", "No"));

      Sheet phases = workbook.getSheet("Fasi");
      assertThat(texts(phases.getRow(0)).subList(7, 10)).containsExactly("Previsto", "Realizzato", "Da realizzare");
      List<Row> social = rows(phases).stream().filter(r -> text(r, 1).equals(SOCIAL)).toList();
      assertThat(social).extracting(r -> (int) r.getCell(2).getNumericCellValue(), r -> number(r, 7), r -> number(r, 8),
              r -> number(r, 9), r -> text(r, 10), r -> text(r, 12))
          .as("percent cells hold fractions: 40% is 0.4")
          .containsExactly(tuple(1, 0.4959, 0.4, 0.6, "a rischio", "a rischio"),
              tuple(2, 0.4416, null, null, "non pervenuto", ""),
              tuple(3, 0.4959, 0.3, 0.7, "a rischio", "nessuna"),
              tuple(4, 0.4959, 0.5, 0.5, "a rischio", "nessuna"));
      assertThat(social.get(0).getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0%");
      assertThat(social.get(0).getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.0#%");
      assertThat(List.of(date(social.get(3), 6), date(social.get(3), 13)))
          .containsExactly(LocalDate.of(YEAR, 12, 31), LocalDate.of(YEAR + 1, 1, 31));
      assertThat(social.get(3).getCell(13).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
      assertThat(List.of(number(social.get(2), 16), text(social.get(2), 17)))
          .as("the responsible's 20% beside the Dirigente's correction")
          .containsExactly(0.2, "realizzato 30%; Verificati i verbali: 30% (" + MANAGER + ")");

      Sheet indicators = workbook.getSheet("Indicatori");
      assertThat(rows(indicators).stream().filter(r -> text(r, 0).equals(SOCIAL)).toList())
          .extracting(r -> text(r, 3), r -> text(r, 4), r -> text(r, 5))
          .containsExactly(tuple("entro il 30 Giugno", "30/06/" + YEAR, ""), tuple("2/4", "", "Bandi regionali non ancora chiusi"),
              tuple("maggiore di 100", "45", ""));

      Sheet summary = workbook.getSheet("Riepilogo");
      assertThat(texts(summary.getRow(0))).containsExactly("Direzione", "Obiettivi", "In linea", "A rischio", "Critico",
          "Non pervenuto");
      assertThat(rows(summary)).extracting(r -> text(r, 0), r -> counts(r))
          .containsExactly(tuple("CULTURA", List.of(1, 0, 0, 1, 0)), tuple("SERVIZI SOCIALI", List.of(2, 1, 0, 0, 1)),
              tuple("Totale", List.of(3, 1, 0, 1, 1)));

      assertThat(rows(workbook.getSheet("Concluse"))).extracting(r -> text(r, 3)).containsExactly(DONE);

      Sheet criticalities = workbook.getSheet("Criticità");
      assertThat(rows(criticalities)).extracting(r -> text(r, 1), r -> (int) r.getCell(4).getNumericCellValue(), r -> text(r, 8))
          .containsExactly(
              tuple(CULTURE, 2, "criticità critica dichiarata; 34,16 punti dietro il previsto (10% realizzato su 44,16%)"),
              tuple(SOCIAL, 1, "criticità a rischio dichiarata"),
              tuple(SOCIAL, 3, "19,59 punti dietro il previsto (30% realizzato su 49,59%)"),
              tuple(SOCIAL, 4, "fine prevista al 31/01/" + (YEAR + 1) + ", dopo quella pianificata (31/12/" + YEAR + ")"));
    }
  }

  @Test
  void theCsvHasARowPerPhaseWithTheObjectiveBesideIt() {
    Api.Download download = as(CONTROLLO).download("/api/campaigns/" + june() + "/report.csv");
    assertThat(download.contentType()).startsWith("text/csv");
    String csv = new String(download.bytes(), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFDirezione;Servizio;Dirigente;Codice;Titolo;Stato obiettivo;N. fase;Fase;Responsabile;"
        + "Previsto (%);Realizzato (%);Da realizzare (%);Stato fase;Criticità;Fine prevista dichiarata;Nota\r\n");
    List<String[]> lines = csv.lines().skip(1).map(line -> line.split(";", -1)).toList();
    assertThat(lines).extracting(l -> l[3], l -> l[5], l -> l[6], l -> l[9], l -> l[10], l -> l[11], l -> l[12], l -> l[14])
        .contains(tuple(SOCIAL, "non pervenuto", "4", "49,59", "50,00", "50,00", "a rischio", "31/01/" + (YEAR + 1)),
            tuple(SOCIAL, "non pervenuto", "2", "44,16", "", "", "non pervenuto", ""),
            tuple(DONE, "in linea", "", "", "", "", "", ""));
    assertThat(lines).hasSize(9);
  }

  @Test
  void aResponsibleDownloadsOnlyWhatTheyMaySee() throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
        as(VERNA).download("/api/campaigns/" + june() + "/report.xlsx").bytes()))) {
      assertThat(rows(workbook.getSheet("Obiettivi"))).extracting(r -> text(r, 5)).containsOnly("");
      assertThat(rows(workbook.getSheet("Fasi"))).filteredOn(r -> !text(r, 10).isEmpty())
          .extracting(r -> text(r, 4)).containsOnly("VERNA MARCO");
      assertThat(rows(workbook.getSheet("Indicatori"))).isEmpty();
      assertThat(rows(workbook.getSheet("Riepilogo"))).extracting(r -> text(r, 0)).containsExactly("Totale");
    }
  }

  private static List<Integer> counts(Row row) {
    List<Integer> counts = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      counts.add((int) row.getCell(i).getNumericCellValue());
    }
    return counts;
  }

  private static List<Row> rows(Sheet sheet) {
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i <= sheet.getLastRowNum(); i++) {
      rows.add(sheet.getRow(i));
    }
    return rows;
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(cell -> texts.add(cell.getStringCellValue()));
    return texts;
  }

  private static String text(Row row, int column) {
    Cell cell = row.getCell(column);
    return cell == null ? "" : cell.getStringCellValue();
  }

  private static Double number(Row row, int column) {
    Cell cell = row.getCell(column);
    return cell == null || cell.getCellType() == CellType.BLANK ? null
        : Math.round(cell.getNumericCellValue() * 10_000) / 10_000.0;
  }

  private static LocalDate date(Row row, int column) {
    Cell cell = row.getCell(column);
    return cell == null || cell.getCellType() == CellType.BLANK ? null : cell.getLocalDateTimeCellValue().toLocalDate();
  }
}
