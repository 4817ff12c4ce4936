package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import it.pegworkflow.process.ProcessConstants;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The monitoring API on a PEG year of five objectives in four states: numbers, filters, who sees what, SVG, CSV. */
class MonitoringApiTest extends MonitoringScenario {

  static final int YEAR = 2041;
  private PegYear peg;

  @BeforeEach
  void theYear() {
    peg = scenario(YEAR);
    user("nucleomon", ProcessConstants.NUCLEO_GROUP);
  }

  @Test
  void theDashboardShowsEveryObjectiveOfTheYearWithItsPhasesScoreAndBand() {
    JsonNode dashboard = dashboard(CONTROLLO, "");

    assertThat(dashboard.path("year").asInt()).isEqualTo(YEAR);
    assertThat(dashboard.path("years")).extracting(JsonNode::asInt).contains(YEAR);
    assertThat(dashboard.path("departments")).extracting(JsonNode::asText).containsExactly("SERVIZI SOCIALI");
    assertThat(dashboard.path("objectives")).extracting(o -> o.path("code").asText(), o -> o.path("manager").asText(),
            o -> o.path("stateLabel").asText(), o -> o.path("phases").asInt(), o -> o.path("phasesDone").asInt(),
            o -> o.path("phasesLate").asInt(), o -> o.path("phasesNotStarted").asInt(), o -> score(o),
            o -> o.path("band").asText(), o -> o.path("finished").asBoolean())
        .containsExactly(
            tuple(peg.code("A"), "FOTI FILIPPO", "rendicontato", 4, 4, 1, 0, "78", "parzialmente raggiunto", true),
            tuple(peg.code("B"), "FOTI FILIPPO", "in corso", 4, 1, 1, 0, "", "null", false),
            tuple(peg.code("C"), "FOTI FILIPPO", "in rendicontazione", 4, 4, 0, 0, "", "null", false),
            tuple(peg.code("D"), "ROSSI MARIO", "in corso", 4, 0, 0, 4, "", "null", false),
            tuple(peg.code("E"), "FOTI FILIPPO", "in validazione", 4, 4, 0, 0, "100", "raggiunto", false));
    assertThat(dashboard.path("objectives").get(0).path("processInstanceId").asText()).isEqualTo(peg.instances().get("A"));
  }

  @Test
  void theFiltersNarrowTheList() {
    assertThat(codes(dashboard(CONTROLLO, "&lateOnly=true"))).containsExactly(peg.code("A"), peg.code("B"));
    assertThat(codes(dashboard(CONTROLLO, "&state=REPORTING"))).containsExactly(peg.code("C"));
    assertThat(codes(dashboard(CONTROLLO, "&state=RUNNING&lateOnly=true"))).containsExactly(peg.code("B"));
    assertThat(codes(dashboard(CONTROLLO, "&department=SERVIZI%20SOCIALI&unit=SERVIZIO%20SOCIALE%20AMMINISTRATIVO")))
        .hasSize(5);
    assertThat(codes(dashboard(CONTROLLO, "&department=URBANISTICA"))).isEmpty();
  }

  @Test
  void eachUserSeesOnlyTheObjectivesTheyMayReadFinishedOnesIncluded() {
    assertThat(codes(dashboard("fotifilippo", ""))).as("the Dirigente, the finished A included")
        .containsExactly(peg.code("A"), peg.code("B"), peg.code("C"), peg.code("E"));
    assertThat(codes(dashboard(OTHER_MANAGER, ""))).containsExactly(peg.code("D"));
    assertThat(codes(dashboard("cavallerivincenzo", ""))).as("the Direttore of all five").hasSize(5);
    assertThat(codes(dashboard("nucleomon", ""))).hasSize(5);
    assertThat(dashboard("vernamarco", "").get("objectives")).as("a responsible of phases: his objectives, without results")
        .isNotEmpty().allSatisfy(row -> {
          assertThat(row.get("score").isNull()).isTrue();
          assertThat(row.get("phasesDone").isNull()).isTrue();
          assertThat(row.get("phasesLate").isNull()).isTrue();
        });
    user("estraneomon");
    assertThat(codes(dashboard("estraneomon", ""))).as("someone with no part in them").isEmpty();

    assertThat(as(OTHER_MANAGER).get("/api/objectives/" + peg.code("A") + "/gantt.svg").status()).isEqualTo(404);
    assertThat(as("fotifilippo").get("/api/objectives/" + peg.code("A") + "/gantt.svg").status()).isEqualTo(200);
    String csv = new String(as(OTHER_MANAGER).download("/api/reports/" + YEAR + ".csv").bytes(), StandardCharsets.UTF_8);
    assertThat(csv.lines()).hasSize(2);
  }

  @Test
  void anonymousCallsAreRefused() {
    for (String path : List.of("/api/dashboard", "/api/objectives/" + peg.code("A") + "/gantt.svg",
        "/api/reports/" + YEAR + ".xlsx", "/api/reports/" + YEAR + ".csv")) {
      assertThat(anonymous().get(path).status()).as(path).isEqualTo(401);
    }
    assertThat(Api.as(port, CONTROLLO, "sbagliata").get("/api/dashboard").status()).isEqualTo(401);
  }

  @Test
  void theGanttOfAnObjectiveIsAStandaloneSvgWithBarsActualEndsAndToday() throws Exception {
    Api.Download download = as(CONTROLLO).download("/api/objectives/" + peg.code("A") + "/gantt.svg");
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.contentType()).startsWith("image/svg+xml");
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(download.bytes()));

    NodeList rects = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
    List<Element> bars = new ArrayList<>();
    for (int i = 0; i < rects.getLength(); i++) {
      if (((Element) rects.item(i)).getAttribute("class").startsWith("bar")) {
        bars.add((Element) rects.item(i));
      }
    }
    assertThat(bars).extracting(b -> b.getAttribute("class"), b -> b.getAttribute("data-start"), b -> b.getAttribute("data-end"))
        .containsExactly(tuple("bar", YEAR + "-01-01", YEAR + "-12-31"), tuple("bar late", YEAR + "-03-01", YEAR + "-11-30"),
            tuple("bar", YEAR + "-01-01", YEAR + "-12-31"), tuple("bar", YEAR + "-01-01", YEAR + "-12-31"));
    String text = svg.getDocumentElement().getTextContent();
    assertThat(text).contains("01/03/" + YEAR + " – 30/11/" + YEAR + " · 100% · in ritardo", "04/12/" + YEAR,
        "15/06/" + YEAR, "oggi 05/12/" + YEAR, "Stato: rendicontato · Punteggio: 78,00 · Fascia: parzialmente raggiunto");
  }

  /** The dashboard's links download what it shows: the same filters, the same objectives. */
  @Test
  void theDownloadsHonourTheDashboardsFilters() throws Exception {
    String csv = new String(as(CONTROLLO).download("/api/reports/" + YEAR + ".csv?lateOnly=true").bytes(),
        StandardCharsets.UTF_8).substring(1);
    assertThat(csv.lines().skip(1).map(line -> line.split(";")[0])).containsExactly(peg.code("A"), peg.code("B"));
    String running = new String(as(CONTROLLO).download("/api/reports/" + YEAR + ".csv?state=RUNNING&department="
        + java.net.URLEncoder.encode("SERVIZI SOCIALI", StandardCharsets.UTF_8)).bytes(), StandardCharsets.UTF_8).substring(1);
    assertThat(running.lines().skip(1).map(line -> line.split(";")[0])).containsExactly(peg.code("B"), peg.code("D"));

    Api.Download workbook = as(CONTROLLO).download("/api/reports/" + YEAR + ".xlsx?lateOnly=true");
    try (var excel = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(workbook.bytes()))) {
      List<String> codes = new ArrayList<>();
      excel.getSheet("Obiettivi").forEach(row -> codes.add(row.getCell(0).getStringCellValue()));
      assertThat(codes).containsExactly("Codice", peg.code("A"), peg.code("B"));
      List<String> phaseCodes = new ArrayList<>();
      excel.getSheet("Fasi").forEach(row -> phaseCodes.add(row.getCell(0).getStringCellValue()));
      assertThat(phaseCodes.stream().skip(1).distinct()).containsExactly(peg.code("A"), peg.code("B"));
    }
  }

  @Test
  void theCsvHasTheObjectiveRowsForItalianExcel() {
    Api.Download download = as(CONTROLLO).download("/api/reports/" + YEAR + ".csv");
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.contentType()).startsWith("text/csv");
    assertThat(download.disposition()).contains("obiettivi-" + YEAR + ".csv");
    assertThat(download.bytes()).startsWith(0xEF, 0xBB, 0xBF);
    List<String> lines = new String(download.bytes(), StandardCharsets.UTF_8).substring(1).lines().toList();
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).isEqualTo("Codice;Titolo;Direzione;Servizio;Dirigente;Stato;Punteggio;Fascia;"
        + "Motivazione dello scostamento;Punteggio fasi;Punteggio indicatori;Nota di validazione del Nucleo;"
        + "Variazione dopo la scadenza");
    assertThat(lines.get(1)).isEqualTo(peg.code("A") + ";Promuovere l'integrazione, l'inclusione sociale e sostenere "
        + "l'accoglienza;SERVIZI SOCIALI;SERVIZIO SOCIALE AMMINISTRATIVO;FOTI FILIPPO;rendicontato;78,00;"
        + "parzialmente raggiunto;\"Finanziamenti regionali arrivati in ritardo; vedi nota \"\"FEAD\"\" <allegata> & protocollo\";"
        + "81,00;75,00;" + VALIDATION_NOTE + ";No");
    assertThat(lines.get(5)).endsWith(";in validazione;100,00;raggiunto;;100,00;100,00;;No");
  }

  private JsonNode dashboard(String user, String query) {
    Api.Answer answer = as(user).get("/api/dashboard?year=" + YEAR + query);
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    return answer.body();
  }

  private static String score(JsonNode objective) {
    JsonNode score = objective.path("score");
    return score.isNull() ? "" : score.decimalValue().stripTrailingZeros().toPlainString();
  }

  private static List<String> codes(JsonNode dashboard) {
    return StreamSupport.stream(dashboard.path("objectives").spliterator(), false).map(o -> o.path("code").asText()).toList();
  }
}
