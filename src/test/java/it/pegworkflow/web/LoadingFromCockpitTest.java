package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cockpit's page «Caricamento del PEG» (peg-loading.js) imports sheets and sends variations with the
 * webapps' session: only as its script sends them (text/plain with {@code X-Requested-With}, from
 * this server's pages), never as a form of another site could, and only for the controllo di gestione.
 */
class LoadingFromCockpitTest extends PlanChangeTest {

  private static final Map<String, String> SCRIPT = Map.of("Content-Type", "text/plain", "X-Requested-With", "XMLHttpRequest");
  private static final String DIRIGENTE = "fotifilippo";
  private static final String RESPONSIBLE = "bonannigiuseppina";

  @Test
  void theControllosCockpitSessionImportsASheetFromThePagesScript() {
    String code = code();
    WebappSession cockpit = WebappSession.login(port, CONTROLLO, PASSWORD, "cockpit");

    assertThat(cockpit.post("/api/objectives", sheet(code), SCRIPT)).isEqualTo(201);

    assertThat(processInstances(code)).isEqualTo(1);
    assertThat(as(CONTROLLO).get("/api/objectives/" + code).status()).isEqualTo(200);
  }

  @Test
  void aFormPostingWithTheSessionImportsNothing() {
    String code = code();
    WebappSession cockpit = WebappSession.login(port, CONTROLLO, PASSWORD, "cockpit");

    assertThat(cockpit.post("/api/objectives", sheet(code), Map.of("Content-Type", "text/plain")))
        .as("a form with enctype=text/plain, which cannot add a header").isEqualTo(401);
    assertThat(cockpit.post("/api/objectives", "sheet=" + encoded(sheet(code)),
        Map.of("Content-Type", "application/x-www-form-urlencoded", "X-Requested-With", "XMLHttpRequest")))
        .as("a form's body is never the script's").isEqualTo(401);
    assertThat(cockpit.post("/api/objectives", sheet(code), Map.of("Content-Type", "text/plain",
        "X-Requested-With", "XMLHttpRequest", "Origin", "https://altro-sito.example")))
        .as("another site's script").isEqualTo(403);
    assertThat(cockpit.post("/api/objectives", sheet(code), Map.of("Content-Type", "text/plain",
        "X-Requested-With", "XMLHttpRequest", "Sec-Fetch-Site", "cross-site"))).isEqualTo(403);
    assertThat(cockpit.post("/api/objectives/" + code + "/withdrawal?act=" + encoded(ACT), "", SCRIPT))
        .as("the page sends imports and variations, nothing else").isEqualTo(401);

    assertThat(processInstances(code)).isZero();
  }

  @Test
  void theControllosSessionPreviewsThenSendsAVariationFromThePagesScript() {
    String code = code();
    running(code);
    WebappSession cockpit = WebappSession.login(port, CONTROLLO, PASSWORD, "cockpit");
    String moved = sheet(code).replace(PHASE_2_DATES, "15/09/" + YEAR + "\t31/12/" + YEAR);
    String query = "/api/variations?act=" + encoded(ACT) + "&effective=" + DAY;

    assertThat(cockpit.post(query + "&dryRun=true", moved, Map.of("Content-Type", "text/plain"))).isEqualTo(401);
    assertThat(cockpit.post(query + "&dryRun=true", moved, SCRIPT)).isEqualTo(200);
    assertThat(recorded(code)).as("a preview records nothing").isEmpty();
    assertThat(cockpit.post(query, moved, Map.of("Content-Type", "text/plain"))).isEqualTo(401);
    assertThat(recorded(code)).isEmpty();

    assertThat(cockpit.post(query, moved, SCRIPT)).isEqualTo(200);

    assertThat(recorded(code)).containsExactly(
        "VARIATION «" + ACT + "» " + DAY + " controllotest: fase 2 plannedStart " + YEAR + "-09-01 -> " + YEAR + "-09-15",
        "VARIATION «" + ACT + "» " + DAY + " controllotest: fase 2 plannedEnd " + YEAR + "-11-30 -> " + YEAR + "-12-31");
  }

  @Test
  void aResponsiblesOrADirigentesSessionIsRefused() {
    String code = code();
    running(code);
    user(RESPONSIBLE);
    user(DIRIGENTE);
    String newCode = code();
    String moved = sheet(code).replace(PHASE_2_DATES, "15/09/" + YEAR + "\t31/12/" + YEAR);
    String variation = "/api/variations?act=" + encoded(ACT) + "&effective=" + DAY + "&dryRun=true";

    WebappSession tasklist = WebappSession.login(port, RESPONSIBLE, PASSWORD, "tasklist");
    assertThat(tasklist.post("/api/objectives", sheet(newCode), SCRIPT)).isEqualTo(403);
    assertThat(tasklist.post(variation, moved, SCRIPT)).isEqualTo(403);
    WebappSession cockpit = WebappSession.login(port, DIRIGENTE, PASSWORD, "cockpit");
    assertThat(cockpit.post("/api/objectives", sheet(newCode), SCRIPT)).isEqualTo(403);
    assertThat(cockpit.post(variation.replace("&dryRun=true", ""), moved, SCRIPT)).isEqualTo(403);

    assertThat(processInstances(newCode)).isZero();
    assertThat(recorded(code)).isEmpty();
  }

  @Test
  void thePageShowsItselfToTheControlloOnlyAndNamesTheChangesInItalian() {
    String code = code();
    running(code);
    user(DIRIGENTE);

    Api.Answer controllo = as(CONTROLLO).get("/api/loading");
    Api.Answer dirigente = as(DIRIGENTE).get("/api/loading");

    assertThat(controllo.body().path("allowed").asBoolean()).isTrue();
    assertThat(controllo.body().at("/labels/plannedEnd").asText()).isEqualTo("Fine prevista");
    assertThat(controllo.body().at("/labels/target").asText()).isEqualTo("Valore atteso");
    assertThat(dirigente.status()).isEqualTo(200);
    assertThat(dirigente.body().path("allowed").asBoolean()).isFalse();
    assertThat(anonymous().get("/api/loading").status()).isEqualTo(401);
  }
}
