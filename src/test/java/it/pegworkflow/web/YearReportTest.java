package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static it.pegworkflow.web.Cells.*;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The year-end report opened with POI, row by row against the objectives of the scenario year. */
class YearReportTest extends MonitoringScenario {

  private PegYear peg;

  @BeforeEach
  void theYear() {
    peg = scenario(MonitoringApiTest.YEAR);
  }

  @Test
  void theWorkbookHasTheObjectivesTheirPhasesAndIndicatorsAsRealDatesAndNumbers() throws Exception {
    Api.Download download = as(CONTROLLO).download("/api/reports/" + peg.year() + ".xlsx");
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.contentType()).isEqualTo(MonitoringController.XLSX.toString());
    assertThat(download.disposition()).contains("relazione-performance-" + peg.year() + ".xlsx");

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.bytes()))) {
      assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
          workbook.getSheetName(3))).containsExactly("Obiettivi", "Fasi", "Indicatori", "Variazioni");

      XSSFSheet objectives = workbook.getSheet("Obiettivi");
      assertThat(texts(objectives.getRow(0))).containsExactly("Codice", "Titolo", "Direzione", "Servizio", "Dirigente",
          "Stato", "Punteggio", "Fascia", "Motivazione dello scostamento", "Punteggio fasi", "Punteggio indicatori",
          "Nota di validazione del Nucleo", "Variazione dopo la scadenza");
      assertThat(rows(objectives)).extracting(r -> text(r, 0), r -> text(r, 4), r -> text(r, 5), r -> number(r, 6),
              r -> text(r, 7))
          .containsExactly(
              tuple(peg.code("A"), "FOTI FILIPPO", "rendicontato", 78.0, "parzialmente raggiunto"),
              tuple(peg.code("B"), "FOTI FILIPPO", "in corso", null, ""),
              tuple(peg.code("C"), "FOTI FILIPPO", "in rendicontazione", null, ""),
              tuple(peg.code("D"), "ROSSI MARIO", "in corso", null, ""),
              tuple(peg.code("E"), "FOTI FILIPPO", "in validazione", 100.0, "raggiunto"));
      Row a = objectives.getRow(1);
      assertThat(text(a, 1)).isEqualTo("Promuovere l'integrazione, l'inclusione sociale e sostenere l'accoglienza");
      assertThat(text(a, 8)).startsWith("Finanziamenti regionali arrivati in ritardo");
      assertThat(a.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
      // The partial scores behind 78,00 (phases 81,00 by the sheet's weights, indicators 75,00) and the Nucleo's note.
      assertThat(List.of(number(a, 9), number(a, 10))).containsExactly(81.0, 75.0);
      assertThat(a.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
      assertThat(text(a, 11)).isEqualTo(VALIDATION_NOTE);
      assertThat(text(objectives.getRow(5), 11)).as("E is not validated yet").isEmpty();
      assertThat(rows(objectives)).as("no variation in this year").extracting(r -> text(r, 12)).containsOnly("No");
      assertThat(rows(workbook.getSheet("Variazioni"))).isEmpty();

      XSSFSheet phases = workbook.getSheet("Fasi");
      assertThat(texts(phases.getRow(0))).containsExactly("Codice obiettivo", "N.", "Fase", "Responsabile",
          "Inizio previsto", "Fine prevista", "Fine effettiva", "Giorni di ritardo", "Completamento (%)", "Stato",
          "In ritardo", "Peso (%)", "Relazione", "Ultimo avanzamento (%)", "Avanzamento al", "Fine prevista aggiornata",
          "Nota sull'avanzamento");
      assertThat(rows(phases)).hasSize(20);
      // A, phase 2: planned 01/03 - 30/11, completed on 04/12: four days late. B, phase 2: still open on 05/12.
      Row aLate = rows(phases).get(1);
      assertThat(List.of(text(aLate, 0), number(aLate, 1))).containsExactly(peg.code("A"), 2.0);
      assertThat(date(aLate, 4)).isEqualTo(LocalDate.of(peg.year(), 3, 1));
      assertThat(date(aLate, 5)).isEqualTo(LocalDate.of(peg.year(), 11, 30));
      assertThat(date(aLate, 6)).isEqualTo(LocalDate.of(peg.year(), 12, 4));
      assertThat(aLate.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
      assertThat(List.of(number(aLate, 7), number(aLate, 8))).containsExactly(4.0, 100.0);
      assertThat(List.of(text(aLate, 9), text(aLate, 10))).containsExactly("completata", "sì");
      assertThat(text(aLate, 12)).isEqualTo("Fase 2 rendicontata");
      assertThat(rows(phases).subList(0, 4)).extracting(r -> number(r, 11)).containsExactly(30.0, 20.0, 20.0, 30.0);
      Row bLate = rows(phases).get(5);
      // B, phase 2: the latest progress the responsible recorded on it, while it is still open.
      assertThat(number(bLate, 13)).isEqualTo(40.0);
      assertThat(List.of(date(bLate, 14), date(bLate, 15)))
          .containsExactly(LocalDate.of(peg.year(), 6, 15), LocalDate.of(peg.year(), 12, 20));
      assertThat(text(bLate, 16)).isEqualTo("Metà dei protocolli firmati");
      assertThat(text(aLate, 16)).as("no progress recorded on A's phase 2").isEmpty();
      assertThat(List.of(text(bLate, 0), number(bLate, 1), number(bLate, 7))).containsExactly(peg.code("B"), 2.0, 5.0);
      assertThat(date(bLate, 6)).isNull();
      assertThat(text(bLate, 9)).isEqualTo("in corso");

      XSSFSheet indicators = workbook.getSheet("Indicatori");
      assertThat(rows(indicators)).hasSize(15);
      assertThat(texts(indicators.getRow(0))).containsExactly("Codice obiettivo", "N.", "Indicatore", "Tipo",
          "Valore atteso", "Valore effettivo", "Punteggio", "Nota", "Soppresso");
      List<Row> aIndicators = rows(indicators).subList(0, 3);
      assertThat(aIndicators).extracting(r -> text(r, 2), r -> text(r, 4), r -> number(r, 6), r -> text(r, 7))
          .containsExactly(
              tuple("Presentazione progetto PON (Programma Operativo Nazionale) inclusione FEAD (Fondo di Aiuti "
                  + "Europei agli Indigenti)", "entro il 30 Giugno", 95.0, "Rilevato"),
              tuple("Ricerca finanziamenti: Progetti di finanziamento ammessi/ progetti presentati", "2/4", 50.0, "Rilevato"),
              tuple("Soggetti inseriti nei progetti SPRAR", "maggiore di 100", 80.0, "Rilevato"));
      // Actual values as the target reads them: a real date, a ratio as written, a real number.
      assertThat(date(aIndicators.get(0), 5)).isEqualTo(LocalDate.of(peg.year(), 7, 5));
      assertThat(text(aIndicators.get(1), 5)).isEqualTo("1/4");
      assertThat(aIndicators.get(2).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(number(aIndicators.get(2), 5)).isEqualTo(80.0);
      assertThat(aIndicators.get(2).getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");

      for (XSSFSheet sheet : List.of(objectives, phases, indicators)) {
        assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName() + " frozen").isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(sheet.getSheetName() + " filter").startsWith("A1:");
        assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getDefaultColumnWidth() * 256);
      }
      assertThat(objectives.getColumnWidth(1)).as("the title column is wide").isGreaterThan(objectives.getColumnWidth(0));
    }
  }

  @Test
  void aDirigenteGetsOnlyTheirOwnObjectives() throws Exception {
    Api.Download download = as(OTHER_MANAGER).download("/api/reports/" + peg.year() + ".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.bytes()))) {
      assertThat(rows(workbook.getSheet("Obiettivi"))).extracting(r -> text(r, 0)).containsExactly(peg.code("D"));
      assertThat(rows(workbook.getSheet("Fasi"))).hasSize(4);
      assertThat(rows(workbook.getSheet("Indicatori"))).hasSize(3);
    }
  }
}
