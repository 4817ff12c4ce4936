package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.process.ProcessConstants;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** {@code POST /api/variations}: the reprinted sheet of a running objective becomes its new version, with its act. */
class VariationApiTest extends PlanChangeTest {

  @Test
  void movingAFuturePhaseAnswersItsDatesBeforeAndAfterAndRecordsThemWithTheAct() throws Exception {
    String code = code();
    running(code);

    Api.Answer answer = vary(sheet(code).replace(PHASE_2_DATES, "15/09/" + YEAR + "\t31/12/" + YEAR));

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo(Api.JSON.readTree("""
        {"variations":[{"code":"%s","changes":[
          {"phase":2,"attribute":"plannedStart","before":"%d-09-01","after":"%d-09-15"},
          {"phase":2,"attribute":"plannedEnd","before":"%d-11-30","after":"%d-12-31"}]}]}"""
        .formatted(code, YEAR, YEAR, YEAR, YEAR)));
    assertThat(recorded(code)).containsExactly(
        "VARIATION «" + ACT + "» " + DAY + " controllotest: fase 2 plannedStart " + YEAR + "-09-01 -> " + YEAR + "-09-15",
        "VARIATION «" + ACT + "» " + DAY + " controllotest: fase 2 plannedEnd " + YEAR + "-11-30 -> " + YEAR + "-12-31");
    assertThat(jdbc.sql("select planned_start, planned_end, state from peg_phase where objective_code = ? and phase_number = 2")
        .param(code).query().singleRow()).containsValues(java.sql.Date.valueOf(YEAR + "-09-15"),
        java.sql.Date.valueOf(YEAR + "-12-31"), "PLANNED");
    assertThat(jdbc.sql("select sent_at from peg_variation v join peg_plan_change c on c.variation_id = v.variation_id "
        + "where c.objective_code = ?").param(code).query(java.sql.Timestamp.class).list()).doesNotContainNull();
  }

  @Test
  void extendingALatePhaseIsAPlannedEndChange() {
    String code = code();
    running(code);

    Api.Answer answer = vary(sheet(code).replace(PHASE_3_DATES, "01/01/" + YEAR + "\t31/10/" + YEAR));

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    assertThat(answer.body().at("/variations/0/changes").toString()).isEqualTo(
        "[{\"phase\":3,\"attribute\":\"plannedEnd\",\"before\":\"%d-06-30\",\"after\":\"%d-10-31\"}]".formatted(YEAR, YEAR));
    assertThat(jdbc.sql("select planned_end from peg_phase where objective_code = ? and phase_number = 3").param(code)
        .query(java.sql.Date.class).single()).isEqualTo(java.sql.Date.valueOf(YEAR + "-10-31"));
  }

  @Test
  void anAddedPhaseTakesTheNextNumberAndItsNewResponsibleIsProvisionedLikeAtImport() {
    String code = code();
    running(code);
    String added = sheet(code).replace("\t30,00\tDEL MORO SANDRA", "\t20,00\tDEL MORO SANDRA")
        .replace("\nINDICATORI", "FASE\tMonitoraggio dei flussi dei MSNA\t\t\t\t\n"
            + "\tInizio Previsto\tFine Prevista\tPeso\tResponsabile\tCentro di Responsabilità\n"
            + "\t01/09/" + YEAR + "\t31/12/" + YEAR + "\t10,00\tGIALLINI OTTAVIA - P.O. MINORI\tUFFICIO MINORI STRANIERI\n"
            + "Note\tNuova fase della delibera\t\t\t\t\n\nINDICATORI");

    Api.Answer answer = vary(added);

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    assertThat(answer.body().at("/variations/0/changes").toString()).isEqualTo(
        "[{\"phase\":4,\"attribute\":\"weight\",\"before\":\"30\",\"after\":\"20\"},"
            + "{\"phase\":5,\"attribute\":\"phaseAdded\",\"before\":null,\"after\":\"Monitoraggio dei flussi dei MSNA\"}]");
    assertThat(jdbc.sql("select * from peg_phase where objective_code = ? and phase_number = 5").param(code)
        .query().singleRow()).containsEntry("NAME", "Monitoraggio dei flussi dei MSNA")
        .containsEntry("RESPONSIBLE", "GIALLINI OTTAVIA").containsEntry("RESPONSIBLE_ROLE", "P.O. MINORI")
        .containsEntry("RESPONSIBLE_ID", "gialliniottavia").containsEntry("CENTRE", "UFFICIO MINORI STRANIERI")
        .containsEntry("CENTRE_GROUP_ID", "ufficiominoristranieri").containsEntry("STATE", "PLANNED")
        .containsEntry("NOTE", "Nuova fase della delibera");
    assertThat(identity.createUserQuery().userId("gialliniottavia").memberOfGroup("ufficiominoristranieri").count())
        .isEqualTo(1);
    assertThat(jdbc.sql("select weight from peg_phase where objective_code = ? and phase_number = 4").param(code)
        .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("20");
  }

  @Test
  void aRemovedPhaseIsRecordedWithItsNameAndItsRowStays() {
    String code = code();
    running(code);
    String sheet = sheet(code);
    int start = sheet.indexOf("FASE\t" + PHASE_2);
    int end = sheet.indexOf("FASE\tPromuovere");
    String without = (sheet.substring(0, start) + sheet.substring(end)).replace("\t30,00\tVERNA MARCO", "\t50,00\tVERNA MARCO");

    Api.Answer answer = vary(without);

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    assertThat(answer.body().at("/variations/0/changes").toString()).isEqualTo(
        "[{\"phase\":1,\"attribute\":\"weight\",\"before\":\"30\",\"after\":\"50\"},"
            + "{\"phase\":2,\"attribute\":\"phaseRemoved\",\"before\":\"" + PHASE_2.replace("'", "'") + "\",\"after\":null}]");
    // soppressa is written by the process when it ends the phase's task (ENGINE side): the row stays
    assertThat(jdbc.sql("select count(*) from peg_phase where objective_code = ?").param(code).query(Integer.class)
        .single()).isEqualTo(4);
  }

  @Test
  void aNewResponsibleIsProvisionedAndTheirIdGoesIntoThePhase() {
    String code = code();
    running(code);

    Api.Answer answer = vary(sheet(code).replace("VERNA MARCO - P.O. INCLUSIONE SOCIALE",
        "PALLINI TERESA - P.O. INCLUSIONE SOCIALE"));

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    assertThat(answer.body().at("/variations/0/changes").toString()).isEqualTo(
        "[{\"phase\":1,\"attribute\":\"responsible\",\"before\":\"VERNA MARCO - P.O. INCLUSIONE SOCIALE\","
            + "\"after\":\"PALLINI TERESA - P.O. INCLUSIONE SOCIALE\"}]");
    assertThat(jdbc.sql("select responsible, responsible_role, responsible_id from peg_phase "
        + "where objective_code = ? and phase_number = 1").param(code).query().singleRow())
        .containsValues("PALLINI TERESA", "P.O. INCLUSIONE SOCIALE", "palliniteresa");
    var user = identity.createUserQuery().userId("palliniteresa").singleResult();
    assertThat(user).isNotNull();
    assertThat(user.getLastName() + " " + user.getFirstName()).isEqualTo("Pallini Teresa");
  }

  @Test
  void aNewDirigenteAndANewCentreAreProvisionedLikeAtImport() {
    String code = code();
    running(code);
    String given = uniqueName();
    String manager = "mancini" + given.toLowerCase();

    Api.Answer answer = vary(sheet(code).replace("FOTI FILIPPO", "MANCINI " + given)
        .replace("INCLUSIONE SOCIALE\tSERVIZIO SOCIALE AMMINISTRATIV", "INCLUSIONE SOCIALE\tUFFICIO INCLUSIONE ADULTI"));

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    assertThat(answer.body().at("/variations/0/changes").toString()).isEqualTo(
        "[{\"attribute\":\"manager\",\"before\":\"FOTI FILIPPO\",\"after\":\"MANCINI " + given + "\"},"
            + "{\"phase\":1,\"attribute\":\"centre\",\"before\":\"SERVIZIO SOCIALE AMMINISTRATIVO\","
            + "\"after\":\"UFFICIO INCLUSIONE ADULTI\"}]");
    assertThat(jdbc.sql("select manager, manager_id from peg_objective where code = ?").param(code).query().singleRow())
        .containsValues("MANCINI " + given, manager);
    assertThat(identity.createUserQuery().userId(manager).memberOfGroup(ProcessConstants.MANAGERS_GROUP).count())
        .isEqualTo(1);
    assertThat(identity.createUserQuery().userId(manager).memberOfGroup("serviziosocialeamministrativo").count())
        .isEqualTo(1);
    assertThat(jdbc.sql("select centre, centre_group_id from peg_phase where objective_code = ? and phase_number = 1")
        .param(code).query().singleRow()).containsValues("UFFICIO INCLUSIONE ADULTI", "ufficioinclusioneadulti");
    assertThat(identity.createUserQuery().userId("vernamarco").memberOfGroup("ufficioinclusioneadulti").count())
        .isEqualTo(1);
  }

  @Test
  void newWeightsAndANewTargetAreStoredAndTheTargetIsReadAgain() {
    String code = code();
    running(code);
    String varied = sheet(code).replace("\t30,00\tVERNA MARCO", "\t25,00\tVERNA MARCO")
        .replace("\t20,00\tBONANNI GIUSEPPINA - P.O. STRANIERI E IMMIGRAZIONE\tSERVIZIO SOCIALE AMMINISTRATIV\nNote\t\t\t\t\t\n"
            + "FASE\tPromuovere", "\t25,00\tBONANNI GIUSEPPINA - P.O. STRANIERI E IMMIGRAZIONE\tSERVIZIO SOCIALE "
            + "AMMINISTRATIV\nNote\t\t\t\t\t\nFASE\tPromuovere")
        .replace("\tRISULTATO\t2/4", "\tRISULTATO\t3/4");

    Api.Answer answer = vary(varied);

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    assertThat(answer.body().at("/variations/0/changes").toString()).isEqualTo(
        "[{\"phase\":1,\"attribute\":\"weight\",\"before\":\"30\",\"after\":\"25\"},"
            + "{\"phase\":2,\"attribute\":\"weight\",\"before\":\"20\",\"after\":\"25\"},"
            + "{\"indicator\":2,\"attribute\":\"target\",\"before\":\"2/4\",\"after\":\"3/4\"}]");
    assertThat(jdbc.sql("select expected_value, target_kind, target_numerator, target_denominator from peg_indicator "
        + "where objective_code = ? and indicator_number = 2").param(code).query((rs, n) -> rs.getString(1) + " "
        + rs.getString(2) + " " + rs.getBigDecimal(3).stripTrailingZeros().toPlainString() + "/"
        + rs.getBigDecimal(4).stripTrailingZeros().toPlainString()).single()).isEqualTo("3/4 RATIO 3/4");
    assertThat(jdbc.sql("select weight from peg_phase where objective_code = ? order by phase_number").param(code)
        .query(java.math.BigDecimal.class).list()).usingElementComparator(java.math.BigDecimal::compareTo)
        .containsExactly(new java.math.BigDecimal(25), new java.math.BigDecimal(25), new java.math.BigDecimal(20),
            new java.math.BigDecimal(30));
  }

  @Test
  void aPhaseRenamedInItsPlaceIsANameChangeOnly() {
    String code = code();
    running(code);

    Api.Answer answer = vary(sheet(code).replace("FASE\t" + PHASE_2, "FASE\tProtocolli d'intesa per i MSNA"));

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    assertThat(answer.body().at("/variations/0/changes").toString()).isEqualTo(
        "[{\"phase\":2,\"attribute\":\"name\",\"before\":\"" + PHASE_2 + "\",\"after\":\"Protocolli d'intesa per i MSNA\"}]");
    assertThat(jdbc.sql("select name from peg_phase where objective_code = ? and phase_number = 2").param(code)
        .query(String.class).single()).isEqualTo("Protocolli d'intesa per i MSNA");
  }

  @Test
  void aDryRunAnswersTheSameAndChangesNothingNotEvenThePeople() {
    String code = code();
    running(code);
    String given = uniqueName();
    String newcomer = "secchi" + given.toLowerCase();
    String varied = sheet(code).replace(PHASE_2_DATES, "15/09/" + YEAR + "\t31/12/" + YEAR)
        .replace("VERNA MARCO - P.O. INCLUSIONE SOCIALE", "SECCHI " + given + " - P.O. INCLUSIONE SOCIALE");
    var before = tables(code);
    long rows = variationRows();

    Api.Answer dry = vary(varied, "act=" + encoded(ACT) + "&effective=" + DAY + "&dryRun=true");

    assertThat(dry.status()).as(dry.text()).isEqualTo(200);
    assertThat(tables(code)).isEqualTo(before);
    assertThat(variationRows()).isEqualTo(rows);
    assertThat(recorded(code)).isEmpty();
    assertThat(identity.createUserQuery().userId(newcomer).count()).isZero();
    assertThat(jdbc.sql("select count(*) from peg_sheet_identity where id = ?").param(newcomer).query(Integer.class).single())
        .isZero();
    Api.Answer done = vary(varied);
    assertThat(done.body()).isEqualTo(dry.body());
    assertThat(identity.createUserQuery().userId(newcomer).count()).isEqualTo(1);
  }

  @Test
  void anUnknownCodeIs404AndNothingOfTheOtherObjectivesOfTheSheetChanges() {
    String code = code();
    running(code);
    var before = tables(code);

    Api.Answer answer = vary(sheet(code).replace(PHASE_2_DATES, "15/09/" + YEAR + "\t31/12/" + YEAR) + "\n\n"
        + sheet(YEAR + "_NESSUNO"));

    assertRefused(answer, 404, YEAR + "_NESSUNO");
    assertThat(tables(code)).isEqualTo(before);
    assertThat(recorded(code)).isEmpty();
  }

  @Test
  void anObjectiveInItsReportingOrLaterIs409() {
    for (String state : List.of("REPORTING", "VALIDATING", "REPORTED", "WITHDRAWN")) {
      String code = code();
      running(code);
      jdbc.sql("update peg_objective set state = ? where code = ?").params(state, code).update();

      assertRefused(vary(sheet(code).replace(PHASE_2_DATES, "15/09/" + YEAR + "\t31/12/" + YEAR)), 409, code);
      assertThat(recorded(code)).isEmpty();
    }
  }

  @Test
  void aChangeToACompletedPhaseIs409NamingIt() {
    String code = code();
    String instance = running(code);
    complete(instance, PHASE_1, YEAR + "-07-15");
    assertThat(phaseStates(code).get(0)).isEqualTo("COMPLETED");
    var before = tables(code);

    Api.Answer answer = vary(sheet(code).replace("01/01/" + YEAR + "\t31/12/" + YEAR + "\t30,00\tVERNA",
        "01/01/" + YEAR + "\t30/09/" + YEAR + "\t30,00\tVERNA"));

    assertRefused(answer, 409, "fase 1 «" + PHASE_1 + "» è completata");
    assertThat(tables(code)).isEqualTo(before);
    // the other phases still vary
    assertThat(vary(sheet(code).replace(PHASE_2_DATES, "15/09/" + YEAR + "\t31/12/" + YEAR)).status()).isEqualTo(200);
  }

  @Test
  void aChangeToAnIndicatorWhoseValueIsRecordedIs409NamingIt() {
    String code = code();
    running(code);
    jdbc.sql("update peg_indicator set actual_value = '3/4' where objective_code = ? and indicator_number = 2")
        .param(code).update();

    assertRefused(vary(sheet(code).replace("\tRISULTATO\t2/4", "\tRISULTATO\t1/4")), 409,
        "indicatore 2 «Ricerca finanziamenti: Progetti di finanziamento ammessi/ progetti presentati» ha già il valore");
    assertThat(recorded(code)).isEmpty();
  }

  @Test
  void weightsThatNoLongerSumTo100AndAnySheetErrorAre400WithTheLine() {
    String code = code();
    running(code);

    Api.Answer weights = vary(sheet(code).replace("\t30,00\tVERNA MARCO", "\t40,00\tVERNA MARCO"));
    assertThat(weights.status()).as(weights.text()).isEqualTo(400);
    assertThat(weights.body().path("errors").get(0).path("message").asText())
        .startsWith("Riga ").contains("sommano a 110");
    Api.Answer date = vary(sheet(code).replace(PHASE_2_DATES, "31/09/" + YEAR + "\t30/11/" + YEAR));
    assertThat(date.status()).as(date.text()).isEqualTo(400);
    assertThat(date.body().path("errors").get(0).path("line").asInt()).isPositive();
    assertThat(date.body().path("detail").asText()).isEqualTo(
        "Il foglio PEG contiene errori: nessuna variazione è stata registrata");
    assertThat(recorded(code)).isEmpty();
  }

  @Test
  void aNewNameThatCannotBecomeAnIdIsASheetErrorAtItsLineAsAtImport() {
    String code = code();
    running(code);

    Api.Answer answer = vary(sheet(code).replace("VERNA MARCO - P.O. INCLUSIONE SOCIALE",
        "CAMUNDA ADMIN - P.O. INCLUSIONE SOCIALE"));

    assertThat(answer.status()).as(answer.text()).isEqualTo(400);
    assertThat(answer.body().path("errors").get(0).path("message").asText())
        .startsWith("Riga ").contains("CAMUNDA ADMIN", "riservato");
    assertThat(recorded(code)).isEmpty();
    assertThat(identity.createUserQuery().userId("camundaadmin").count()).isZero();
  }

  @Test
  void theActIsRequiredAndTheEffectiveDayMustBeADateNearTheObjectivesYear() {
    String code = code();
    running(code);
    String varied = sheet(code).replace(PHASE_2_DATES, "15/09/" + YEAR + "\t31/12/" + YEAR);

    assertRefused(vary(varied, "effective=" + DAY), 400, "Manca l'atto");
    assertRefused(vary(varied, "act=%20%20&effective=" + DAY), 400, "Manca l'atto");
    assertRefused(vary(varied, "act=" + encoded(ACT) + "&effective=18/07/" + YEAR), 400, "non è una data valida");
    assertRefused(vary(varied, "act=" + encoded(ACT) + "&effective=" + (YEAR + 2) + "-01-01"), 400,
        "fuori dagli anni dell'obiettivo " + code);
    assertRefused(vary(varied, "act=" + encoded(ACT) + "&dryRun=forse"), 400, "dryRun");
    assertRefused(vary(varied, "act=" + encoded(ACT) + "&force=true"), 400, "Parametri non previsti: [force]");
    assertThat(recorded(code)).isEmpty();
  }

  @Test
  void withoutAnEffectiveDayTheActTakesEffectToday() {
    String code = code();
    running(code);

    assertThat(vary(sheet(code).replace(PHASE_2_DATES, "15/09/" + YEAR + "\t31/12/" + YEAR), "act=" + encoded(ACT))
        .status()).isEqualTo(200);
    assertThat(recorded(code)).allMatch(row -> row.contains(" " + DAY + " "));
  }

  @Test
  void aVariationThatChangesNothingIs422() {
    String code = code();
    running(code);

    assertRefused(vary(sheet(code)), 422, "non cambia nulla");
    assertThat(recorded(code)).isEmpty();
  }

  @Test
  void onlyTheControlloDiGestioneAndTheAdministratorsMayVary() {
    String code = code();
    running(code);
    String varied = sheet(code).replace(PHASE_2_DATES, "15/09/" + YEAR + "\t31/12/" + YEAR);
    user("fotifilippo");
    user("nucleotest", ProcessConstants.NUCLEO_GROUP);

    for (String who : List.of("fotifilippo", "nucleotest")) {
      Api.Answer answer = as(who).postText("/api/variations?act=" + encoded(ACT), varied);
      assertRefused(answer, 403, "Solo il controllo di gestione può inviare variazioni");
    }
    assertThat(anonymous().postText("/api/variations?act=" + encoded(ACT), varied).status()).isEqualTo(401);
    assertThat(recorded(code)).isEmpty();
    user("admintest", org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN);
    assertThat(as("admintest").postText("/api/variations?act=" + encoded(ACT), varied).status()).isEqualTo(200);
  }

  @Test
  void twoVariationsOfOneObjectiveAtOnceFollowEachOtherAndNeverFailWith500() throws Exception {
    String code = code();
    running(code);
    String varied = sheet(code).replace(PHASE_2_DATES, "15/09/" + YEAR + "\t31/12/" + YEAR);
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Api.Answer>> both = List.of(1, 2).stream().map(n -> CompletableFuture.supplyAsync(() -> {
      try {
        start.await();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return vary(varied);
    })).toList();
    start.countDown();

    List<Integer> statuses = both.stream().map(CompletableFuture::join).map(Api.Answer::status).sorted().toList();

    // the second one waits for the first and then finds nothing left to change (or is told to try again)
    assertThat(statuses.get(0)).isEqualTo(200);
    assertThat(statuses.get(1)).isIn(409, 422);
    assertThat(recorded(code)).hasSize(2);
  }

  @Test
  void theAnswerOfARefusalIsItalianProblemJson() {
    Api.Answer answer = vary(sheet(YEAR + "_SCONOSCIUTO"));
    assertRefused(answer, 404, "Nessun obiettivo con codice " + YEAR + "_SCONOSCIUTO");
    assertThat(answer.body().path("title").asText()).isEqualTo("Obiettivo non trovato");
    assertThat(Map.of("status", answer.body().path("status").asInt())).containsEntry("status", 404);
  }
}
