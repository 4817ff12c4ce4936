package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** GET /api/campaigns and /api/campaigns/{id}, the dashboard's column and filter, the Gantt's marks (docs/campaigns.md). */
class CampaignApiTest extends CampaignScenario {

  @BeforeEach
  void theYear() {
    scenario();
  }

  @Test
  void theListCountsTheAnswersOfEachCampaign() {
    JsonNode list = as(CONTROLLO).get("/api/campaigns").body();
    assertThat(ours(list)).extracting(c -> c.at("/campaign/referenceDate").asText(), c -> c.at("/campaign/deadline").asText(),
            c -> c.at("/campaign/scopeLabel").asText(), c -> c.at("/campaign/stateLabel").asText(),
            c -> c.at("/answers/answered").asInt(), c -> c.at("/answers/waiting").asInt(), c -> c.at("/answers/missing").asInt())
        .containsExactly(
            tuple(YEAR + "-06-30", YEAR + "-07-15", "tutte le Direzioni", "chiusa", 10, 0, 1),
            tuple(YEAR + "-03-31", YEAR + "-12-31", "CULTURA", "aperta", 1, 2, 0));
  }

  @Test
  void theControlloSeesEveryObjectiveWithPrevistoRealizzatoDaRealizzareAndTheStatus() {
    JsonNode june = as(CONTROLLO).get("/api/campaigns/" + june()).body();
    assertThat(june.path("objectives")).extracting(o -> o.path("code").asText(), o -> o.path("department").asText(),
            o -> o.path("manager").asText(), o -> o.path("statusLabel").asText(), o -> o.path("concluded").asBoolean())
        .containsExactly(tuple(CULTURE, "CULTURA", "FOTI FILIPPO", "critico", false),
            tuple(DONE, "SERVIZI SOCIALI", "FOTI FILIPPO", "in linea", true),
            tuple(SOCIAL, "SERVIZI SOCIALI", "FOTI FILIPPO", "non pervenuto", false));
    JsonNode social = june.path("objectives").get(2);
    assertThat(social.path("phases")).extracting(p -> p.path("number").asInt(), p -> number(p.path("planned")),
            p -> number(p.path("realised")), p -> number(p.path("remaining")), p -> p.path("criticalityLabel").asText(),
            p -> p.path("statusLabel").asText())
        .as("phase 3: 20% answered, 30% after the Dirigente's correction, 19,59 points behind: a rischio; phase 4 ends late")
        .containsExactly(tuple(1, "49.59", "40", "60", "a rischio", "a rischio"),
            tuple(2, "44.16", "", "", "null", "non pervenuto"),
            tuple(3, "49.59", "30", "70", "nessuna", "a rischio"),
            tuple(4, "49.59", "50", "50", "nessuna", "a rischio"));
    JsonNode corrected = social.path("phases").get(2);
    assertThat(corrected.at("/original/completion").asInt()).isEqualTo(20);
    assertThat(corrected.at("/correction/completion").asInt()).isEqualTo(30);
    assertThat(corrected.at("/correction/note").asText()).isEqualTo("Verificati i verbali: 30%");
    assertThat(corrected.at("/correction/by").asText()).isEqualTo(MANAGER);
    assertThat(social.path("phases").get(0).path("correction").isNull()).isTrue();
    JsonNode late = social.path("phases").get(3);
    assertThat(List.of(late.path("forecastEnd").asText(), late.path("proposal").asText()))
        .containsExactly((YEAR + 1) + "-01-31", "Spostare la fine al 31/01/" + (YEAR + 1));
    assertThat(social.path("indicators")).extracting(i -> i.path("number").asInt(), i -> i.path("target").asText(),
            i -> i.path("intermediateValue").asText(), i -> i.path("missingReason").asText())
        .containsExactly(tuple(1, "entro il 30 Giugno", "30/06/" + YEAR, "null"),
            tuple(2, "2/4", "null", "Bandi regionali non ancora chiusi"),
            tuple(3, "maggiore di 100", "45", "null"));
    assertThat(june.path("unanswered")).extracting(u -> u.path("code").asText(), u -> u.path("phase").asInt(),
            u -> u.path("personId").asText(), u -> u.path("stateLabel").asText())
        .containsExactly(tuple(SOCIAL, 2, BONANNI, "non pervenuto"));
    assertThat(june.at("/thresholds/atRisk").asInt()).isEqualTo(10);
  }

  @Test
  void anOpenCampaignListsWhoIsStillToAnswer() {
    JsonNode march = as(MANAGER).get("/api/campaigns/" + march()).body();
    assertThat(march.path("unanswered")).extracting(u -> u.path("phase").asText(), u -> u.path("personId").asText(),
            u -> u.path("role").asText(), u -> u.path("stateLabel").asText())
        .containsExactly(tuple("2", BONANNI, "Responsabile della fase", "in attesa"),
            tuple("null", MANAGER, "Dirigente", "in attesa"));
    assertThat(march.at("/objectives/0/statusLabel").asText()).isEqualTo("non pervenuto");
  }

  @Test
  void aResponsibleSeesTheirOwnAnswersAndOnlyThePlanOfTheColleagues() {
    JsonNode june = as(VERNA).get("/api/campaigns/" + june()).body();
    JsonNode social = StreamSupport.stream(june.path("objectives").spliterator(), false)
        .filter(o -> o.path("code").asText().equals(SOCIAL)).findFirst().orElseThrow();
    assertThat(social.path("status").isNull()).as("the objective's status says how the colleagues went").isTrue();
    assertThat(social.path("comment").isNull()).isTrue();
    assertThat(social.path("indicators")).isEmpty();
    assertThat(social.path("phases")).extracting(p -> p.path("number").asInt(), p -> number(p.path("planned")),
            p -> number(p.path("realised")), p -> p.path("statusLabel").asText())
        .containsExactly(tuple(1, "49.59", "40", "a rischio"), tuple(2, "44.16", "", "null"),
            tuple(3, "49.59", "", "null"), tuple(4, "49.59", "", "null"));
    assertThat(june.path("unanswered")).as("that Bonanni did not answer is not Verna's to see").isEmpty();
    assertThat(List.of(june.at("/answers/answered").asInt(), june.at("/answers/missing").asInt()))
        .as("Verna's two tasks (30/06: phase 1 of two objectives)").containsExactly(2, 0);

    JsonNode bonanni = as(BONANNI).get("/api/campaigns/" + june()).body();
    assertThat(bonanni.path("unanswered")).extracting(u -> u.path("phase").asInt()).containsExactly(2);
  }

  @Test
  void whoMayReadNoObjectiveOfItGets404AsForAnUnknownCampaign() {
    assertThat(ours(as(OUTSIDER).get("/api/campaigns").body())).isEmpty();
    Api.Answer hidden = as(OUTSIDER).get("/api/campaigns/" + june());
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.body().path("detail").asText()).isEqualTo("Nessuna campagna di monitoraggio con numero " + june());
    assertThat(as(OUTSIDER).download("/api/campaigns/" + june() + "/report.xlsx").status()).isEqualTo(404);
    assertThat(as(CONTROLLO).get("/api/campaigns/987654").status()).isEqualTo(404);
    assertThat(as(CONTROLLO).get("/api/campaigns/giugno").status()).isEqualTo(400);
    assertThat(anonymous().get("/api/campaigns").status()).isEqualTo(401);
  }

  @Test
  void theDashboardShowsTheLastCampaignsStatusAndFiltersByIt() {
    JsonNode dashboard = as(CONTROLLO).get("/api/dashboard?year=" + YEAR).body();
    assertThat(dashboard.at("/lastCampaign/referenceDate").asText()).isEqualTo(YEAR + "-06-30");
    assertThat(List.of(dashboard.at("/lastCampaign/statuses/" + CULTURE + "/label").asText(),
            dashboard.at("/lastCampaign/statuses/" + DONE + "/label").asText(),
            dashboard.at("/lastCampaign/statuses/" + SOCIAL + "/label").asText()))
        .containsExactly("critico", "in linea", "non pervenuto");
    assertThat(dashboard.path("campaignStatuses")).extracting(c -> c.path("label").asText())
        .containsExactly("in linea", "a rischio", "critico", "non pervenuto");
    assertThat(codes(as(CONTROLLO).get("/api/dashboard?year=" + YEAR + "&campaignStatus=CRITICAL").body()))
        .containsExactly(CULTURE);
    assertThat(codes(as(CONTROLLO).get("/api/dashboard?year=" + YEAR + "&campaignStatus=NOT_RECEIVED&department=SERVIZI%20SOCIALI")
        .body())).containsExactly(SOCIAL);
    assertThat(as(VERNA).get("/api/dashboard?year=" + YEAR).body().at("/lastCampaign/statuses").isEmpty())
        .as("a responsible does not see the objectives' status").isTrue();
    assertThat(as(CONTROLLO).get("/api/dashboard?year=" + YEAR + "&campaignStatus=BENE").status()).isEqualTo(400);
  }

  /** Each read of the latest campaign once kept its database connection: the pool (10) ran dry. */
  @Test
  void theDashboardAndTheGanttCanBeAskedMoreTimesThanThereAreConnections() {
    for (int i = 0; i < 12; i++) {
      assertThat(as(CONTROLLO).get("/api/dashboard?year=" + YEAR).status()).isEqualTo(200);
      assertThat(as(CONTROLLO).download("/api/objectives/" + SOCIAL + "/gantt.svg").status()).isEqualTo(200);
    }
  }

  @Test
  void theGanttMarksWhatWasReportedAtTheReferenceDate() throws Exception {
    Document svg = svg(as(CONTROLLO).download("/api/objectives/" + SOCIAL + "/gantt.svg").bytes());
    assertThat(elements(svg, "line", "campaign-mark")).extracting(m -> m.getAttribute("data-phase"),
            m -> m.getAttribute("data-date"), m -> m.getAttribute("data-completion"), m -> m.getAttribute("data-status"))
        .containsExactly(tuple("1", YEAR + "-06-30", "40.00", "AT_RISK"), tuple("2", YEAR + "-06-30", "", "NOT_RECEIVED"),
            tuple("3", YEAR + "-06-30", "30.00", "AT_RISK"), tuple("4", YEAR + "-06-30", "50.00", "AT_RISK"));
    assertThat(elements(svg, "text", "campaign-mark-label")).extracting(Element::getTextContent)
        .containsExactly("30/06: 40%", "30/06: non pervenuto", "30/06: 30%", "30/06: 50%");
    assertThat(svg.getDocumentElement().getTextContent()).contains("Monitoraggio al 30/06/" + YEAR + " (realizzato dichiarato)");

    Document verna = svg(as(VERNA).download("/api/objectives/" + SOCIAL + "/gantt.svg").bytes());
    assertThat(elements(verna, "line", "campaign-mark")).extracting(m -> m.getAttribute("data-phase")).containsExactly("1");
  }

  /** A percentage as written plainly, "" for none. */
  private static String number(JsonNode value) {
    return value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString() : "";
  }

  /** The campaigns of this scenario's year (the database is shared with other tests). */
  private static List<JsonNode> ours(JsonNode list) {
    return StreamSupport.stream(list.spliterator(), false)
        .filter(c -> c.at("/campaign/referenceDate").asText().startsWith(YEAR + "-")).toList();
  }

  private static List<String> codes(JsonNode dashboard) {
    return StreamSupport.stream(dashboard.path("objectives").spliterator(), false).map(o -> o.path("code").asText()).toList();
  }

  static Document svg(byte[] bytes) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }

  static List<Element> elements(Document svg, String tag, String cssClass) {
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
}
