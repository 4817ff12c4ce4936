package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static it.pegworkflow.web.Cells.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A varied year in the Relazione sulla performance (sheet Variazioni, the late-variation flag) and in the Gantt. */
class VariationReportTest extends VariationScenario {

  @BeforeEach
  void theYear() {
    scenario();
  }

  @Test
  void theWorkbookListsEveryVariationWithItsActAndFlagsTheDeadlineMovedAfterItPassed() throws Exception {
    Api.Download download = as(CONTROLLO).download("/api/reports/" + YEAR + ".xlsx");
    assertThat(download.status()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.bytes()))) {
      Sheet variations = workbook.getSheet("Variazioni");
      assertThat(texts(variations.getRow(0))).containsExactly("Obiettivo", "Fase o indicatore", "Attributo", "Prima",
          "Dopo", "Atto", "Data di efficacia", "Inviata da", "Inviata il");
      assertThat(rows(variations)).extracting(r -> text(r, 0), r -> text(r, 1), r -> text(r, 2), r -> text(r, 5), r -> date(r, 6))
          .containsExactly(
              tuple(VARIED, "Fase 4 – Ricerca finanziamenti dell'Unione europea nazionale e regionale", "Fase soppressa",
                  JULY_ACT, LocalDate.of(YEAR, 7, 18)),
              tuple(VARIED, "Fase 5 – Monitoraggio dei progetti SPRAR", "Fase aggiunta", JULY_ACT, LocalDate.of(YEAR, 7, 18)),
              tuple(VARIED, "Indicatore 3 – Soggetti inseriti nei progetti SPRAR", "Valore atteso", JULY_ACT,
                  LocalDate.of(YEAR, 7, 18)),
              tuple(VARIED, "Fase 2 – Stipula protocolli d'intesa con soggetti terzi per l'individuazione di strutture "
                  + "destinati ai MSNA", "Fine prevista", LATE_ACT, LocalDate.of(YEAR, 12, 2)),
              tuple(WITHDRAWN, "", "Ritiro dell'obiettivo", WITHDRAWAL_ACT, LocalDate.of(YEAR, 12, 3)));
      Row moved = rows(variations).get(3);
      assertThat(List.of(date(moved, 3), date(moved, 4))).as("dates are real date cells")
          .containsExactly(LocalDate.of(YEAR, 11, 30), LocalDate.of(YEAR, 12, 31));
      Row target = rows(variations).get(2);
      assertThat(List.of(text(target, 3), text(target, 4))).containsExactly("maggiore di 100", "maggiore di 80");
      assertThat(List.of(text(target, 7), text(rows(variations).get(0), 4))).containsExactly(CONTROLLO, "");
      assertThat(target.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");

      Sheet objectives = workbook.getSheet("Obiettivi");
      assertThat(text(objectives.getRow(0), 12)).isEqualTo("Variazione dopo la scadenza");
      assertThat(rows(objectives)).extracting(r -> text(r, 0), r -> text(r, 5), r -> text(r, 12))
          .as("phase 2 ended on 30/11 and was moved on 02/12: flagged; the target lowered in July, before the end: not")
          .containsExactly(tuple(PLAIN, "in corso", "No"), tuple(VARIED, "in corso", "Sì"),
              tuple(WITHDRAWN, "ritirato", "No"));

      Sheet phases = workbook.getSheet("Fasi");
      assertThat(rows(phases).stream().filter(r -> text(r, 0).equals(VARIED)).toList())
          .extracting(r -> (int) r.getCell(1).getNumericCellValue(), r -> text(r, 9), r -> date(r, 5))
          .containsExactly(tuple(1, "da avviare", LocalDate.of(YEAR, 12, 31)), tuple(2, "da avviare", LocalDate.of(YEAR, 12, 31)),
              tuple(3, "da avviare", LocalDate.of(YEAR, 12, 31)), tuple(4, "soppressa", LocalDate.of(YEAR, 12, 31)),
              tuple(5, "da avviare", LocalDate.of(YEAR, 12, 31)));
    }
  }

  @Test
  void theCsvCarriesTheFlagToo() {
    String csv = new String(as(CONTROLLO).download("/api/reports/" + YEAR + ".csv").bytes(), StandardCharsets.UTF_8)
        .substring(1);
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).endsWith(";Nota di validazione del Nucleo;Variazione dopo la scadenza");
    assertThat(lines.subList(1, 4)).extracting(line -> line.substring(0, line.indexOf(';')), line -> line.substring(line.lastIndexOf(';') + 1))
        .containsExactly(tuple(PLAIN, "No"), tuple(VARIED, "Sì"), tuple(WITHDRAWN, "No"));
    assertThat(lines.get(3)).contains(";ritirato;");
    String varied = new String(as(CONTROLLO).download("/api/reports/" + YEAR + ".csv?variedOnly=true").bytes(),
        StandardCharsets.UTF_8).substring(1);
    assertThat(varied.lines().skip(1).map(line -> line.split(";")[0])).containsExactly(VARIED, WITHDRAWN);
  }

  @Test
  void theGanttDrawsTheBaselineUnderEachPhaseTheAddedPhaseWithoutOneAndTheDroppedOneStruck() throws Exception {
    Document svg = svg(as("vernamarco").download("/api/objectives/" + VARIED + "/gantt.svg").bytes());

    assertThat(elements(svg, "rect", "bar")).extracting(b -> b.getAttribute("data-phase"), b -> b.getAttribute("data-end"),
            b -> b.getAttribute("class"))
        .containsExactly(tuple("1", YEAR + "-12-31", "bar"), tuple("2", YEAR + "-12-31", "bar"),
            tuple("3", YEAR + "-12-31", "bar"), tuple("5", YEAR + "-12-31", "bar added"));
    assertThat(elements(svg, "rect", "baseline")).extracting(b -> b.getAttribute("data-phase"), b -> b.getAttribute("data-end"),
            b -> b.getAttribute("class"))
        .as("phase 2 as first planned, to 30/11; phase 4 only as its baseline; phase 5 has none")
        .containsExactly(tuple("1", YEAR + "-12-31", "baseline"), tuple("2", YEAR + "-11-30", "baseline"),
            tuple("3", YEAR + "-12-31", "baseline"), tuple("4", YEAR + "-12-31", "baseline removed"));
    assertThat(textsOf(svg, "phase-dates")).containsExactly(
        "01/01/" + YEAR + " – 31/12/" + YEAR, "01/03/" + YEAR + " – 31/12/" + YEAR, "01/01/" + YEAR + " – 31/12/" + YEAR,
        "01/01/" + YEAR + " – 31/12/" + YEAR + " · soppressa",
        "01/09/" + YEAR + " – 31/12/" + YEAR + " · aggiunta con variazione");
    assertThat(svg.getDocumentElement().getTextContent()).contains("Pianificazione iniziale", "Fase soppressa da una variazione");
  }

  private static Document svg(byte[] bytes) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }

  private static List<Element> elements(Document svg, String tag, String cssClass) {
    NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element element = (Element) nodes.item(i);
      if (List.of(element.getAttribute("class").split(" ")).contains(cssClass)) {
        found.add(element);
      }
    }
    return found;
  }

  private static List<String> textsOf(Document svg, String cssClass) {
    return elements(svg, "text", cssClass).stream().map(Element::getTextContent).toList();
  }
}
