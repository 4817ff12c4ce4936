package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/objectives/{code}/versions: the baseline as first imported, each act with its changes, and who may read them. */
class PlanVersionsTest extends VariationScenario {

  @BeforeEach
  void theYear() {
    scenario();
  }

  @Test
  void theBaselineIsThePlanAsFirstImportedAndEachVariationFollowsWithItsChanges() {
    JsonNode versions = versions(CONTROLLO, VARIED);

    assertThat(versions.path("code").asText()).isEqualTo(VARIED);
    JsonNode baseline = versions.path("baseline");
    assertThat(java.time.LocalDateTime.parse(baseline.path("importedAt").asText())).as("when the import stored it")
        .isBefore(java.time.LocalDateTime.now().plusMinutes(1));
    assertThat(baseline.path("phases")).as("phase 4 was in the baseline, phase 5 came with a variation")
        .extracting(p -> p.path("number").asInt(), p -> p.path("plannedStart").asText(), p -> p.path("plannedEnd").asText(),
            p -> p.path("weight").decimalValue().stripTrailingZeros().toPlainString(), p -> p.path("responsible").asText())
        .containsExactly(
            tuple(1, YEAR + "-01-01", YEAR + "-12-31", "30", "VERNA MARCO - P.O. INCLUSIONE SOCIALE"),
            tuple(2, YEAR + "-03-01", YEAR + "-11-30", "20", "BONANNI GIUSEPPINA - P.O. STRANIERI E IMMIGRAZIONE"),
            tuple(3, YEAR + "-01-01", YEAR + "-12-31", "20", "BONANNI GIUSEPPINA - P.O. STRANIERI E IMMIGRAZIONE"),
            tuple(4, YEAR + "-01-01", YEAR + "-12-31", "30", "DEL MORO SANDRA - P.O. AFF.GEN.SERV.SOCIALI"));
    assertThat(baseline.path("phases").get(1).path("name").asText()).startsWith("Stipula protocolli d'intesa");
    assertThat(baseline.path("indicators")).extracting(i -> i.path("number").asInt(), i -> i.path("target").asText())
        .containsExactly(tuple(1, "entro il 30 Giugno"), tuple(2, "2/4"), tuple(3, "maggiore di 100"));

    JsonNode list = versions.path("versions");
    assertThat(list).extracting(v -> v.path("version").asInt(), v -> v.path("kind").asText(), v -> v.path("act").asText(),
            v -> v.path("effective").asText(), v -> v.path("sentBy").asText())
        .containsExactly(tuple(1, "VARIATION", JULY_ACT, YEAR + "-07-18", CONTROLLO),
            tuple(2, "VARIATION", LATE_ACT, YEAR + "-12-02", CONTROLLO));
    assertThat(list.get(0).path("sentAt").isTextual()).isTrue();
    assertThat(list.get(0).path("changes")).extracting(c -> c.path("phase").isNull() ? null : c.path("phase").asInt(),
            c -> c.path("indicator").isNull() ? null : c.path("indicator").asInt(), c -> c.path("attribute").asText(),
            c -> c.path("label").asText(), c -> c.path("before").isNull() ? null : c.path("before").asText(),
            c -> c.path("after").isNull() ? null : c.path("after").asText())
        .containsExactly(
            tuple(4, null, "phaseRemoved", "Fase soppressa",
                "Ricerca finanziamenti dell'Unione europea nazionale e regionale", null),
            tuple(5, null, "phaseAdded", "Fase aggiunta", null, "Monitoraggio dei progetti SPRAR"),
            tuple(null, 3, "target", "Valore atteso", "maggiore di 100", "maggiore di 80"));
    assertThat(list.get(1).path("changes")).extracting(c -> c.path("phase").asInt(), c -> c.path("attribute").asText(),
            c -> c.path("label").asText(), c -> c.path("before").asText(), c -> c.path("after").asText())
        .containsExactly(tuple(2, "plannedEnd", "Fine prevista", YEAR + "-11-30", YEAR + "-12-31"));
  }

  @Test
  void anObjectiveNeverVariedHasItsPlanAsBaselineAndNoVersions() {
    JsonNode versions = versions(CONTROLLO, PLAIN);
    assertThat(versions.path("baseline").path("phases")).hasSize(4);
    assertThat(versions.path("baseline").path("phases").get(0).path("responsible").asText())
        .isEqualTo("NERI PAOLA - P.O. INCLUSIONE SOCIALE");
    assertThat(versions.path("versions")).isEmpty();

    JsonNode withdrawn = versions(CONTROLLO, WITHDRAWN).path("versions");
    assertThat(withdrawn).extracting(v -> v.path("kind").asText(), v -> v.path("kindLabel").asText(), v -> v.path("act").asText())
        .containsExactly(tuple("WITHDRAWAL", "Ritiro", WITHDRAWAL_ACT));
    assertThat(withdrawn.get(0).path("changes").get(0).path("after").asText()).isEqualTo("ritirato");
  }

  /**
   * Those who follow the objective read its versions; so does a responsible of one of its phases (the
   * plan is theirs to see: docs/security.md); a responsible of other objectives does not, like anyone else.
   */
  @Test
  void theNucleoTheDirigenteTheDirettoreAndItsResponsiblesReadTheVersionsNobodyElse() {
    user("estraneovar");
    for (String reader : List.of(CONTROLLO, NUCLEO, "fotifilippo", "cavallerivincenzo", "vernamarco")) {
      Api.Answer answer = as(reader).get("/api/objectives/" + VARIED + "/versions");
      assertThat(answer.status()).as(reader + ": " + answer.text()).isEqualTo(200);
      assertThat(answer.body().path("versions")).as(reader).hasSize(2);
    }
    for (String stranger : List.of(COLLEAGUE, "estraneovar")) {
      Api.Answer answer = as(stranger).get("/api/objectives/" + VARIED + "/versions");
      assertThat(answer.status()).as(stranger).isEqualTo(404);
      assertThat(answer.text()).as(stranger).contains("Nessun obiettivo con codice " + VARIED).doesNotContain(JULY_ACT);
    }
    assertThat(as(COLLEAGUE).get("/api/objectives/" + PLAIN + "/versions").status()).as("her own objective").isEqualTo(200);
    // A phase dropped by a variation is the plan too: a responsible sees it «soppressa», not how colleagues' phases went.
    JsonNode detail = as("vernamarco").get("/api/objectives/" + VARIED).body();
    assertThat(detail.path("phases")).extracting(p -> p.path("number").asInt(), p -> p.path("stateLabel").asText())
        .containsExactly(tuple(1, "da avviare"), tuple(2, "null"), tuple(3, "null"), tuple(4, "soppressa"),
            tuple(5, "da avviare"));
    assertThat(as(CONTROLLO).get("/api/objectives/2044_NESSUNO/versions").status()).isEqualTo(404);
    assertThat(anonymous().get("/api/objectives/" + VARIED + "/versions").status()).isEqualTo(401);
  }

  @Test
  void theDashboardMarksVariedObjectivesFiltersThemAndShowsTheWithdrawnOne() {
    JsonNode dashboard = dashboard("");
    assertThat(dashboard.path("objectives")).extracting(o -> o.path("code").asText(), o -> o.path("variations").asInt(),
            o -> o.path("stateLabel").asText(), o -> o.path("phases").asInt())
        .as("the dropped phase 4 is out of the count, the added phase 5 in it")
        .containsExactly(tuple(PLAIN, 0, "in corso", 4), tuple(VARIED, 2, "in corso", 4), tuple(WITHDRAWN, 1, "ritirato", 4));
    assertThat(dashboard.path("states")).extracting(s -> s.path("value").asText(), s -> s.path("label").asText())
        .contains(tuple("WITHDRAWN", "ritirato"));

    assertThat(codes(dashboard("&variedOnly=true"))).containsExactly(VARIED, WITHDRAWN);
    assertThat(codes(dashboard("&lateOnly=true"))).as("the withdrawn one's late phase no longer counts").isEmpty();
    assertThat(codes(dashboard("&variedOnly=true&state=RUNNING"))).containsExactly(VARIED);
    assertThat(dashboard("&state=WITHDRAWN").path("objectives")).as("its cycle is over, out of the scores")
        .extracting(o -> o.path("code").asText(), o -> o.path("finished").asBoolean(), o -> o.path("score").isNull())
        .containsExactly(tuple(WITHDRAWN, true, true));
    assertThat(as("vernamarco").get("/api/dashboard?year=" + YEAR + "&variedOnly=true").body().path("objectives"))
        .as("a responsible sees the marker too: variations are the plan")
        .extracting(o -> o.path("code").asText(), o -> o.path("variations").asInt())
        .containsExactly(tuple(VARIED, 2), tuple(WITHDRAWN, 1));
  }

  private JsonNode dashboard(String query) {
    Api.Answer answer = as(CONTROLLO).get("/api/dashboard?year=" + YEAR + query);
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    return answer.body();
  }

  private JsonNode versions(String user, String code) {
    Api.Answer answer = as(user).get("/api/objectives/" + code + "/versions");
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    return answer.body();
  }

  private static List<String> codes(JsonNode dashboard) {
    return StreamSupport.stream(dashboard.path("objectives").spliterator(), false).map(o -> o.path("code").asText()).toList();
  }
}
