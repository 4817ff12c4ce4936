package it.pegworkflow.web;

import static it.pegworkflow.process.CampaignConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.process.ProcessConstants;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stato di avanzamento at 30/06 (docs/campaigns.md): the controllo starts a campaign, every
 * responsible of a phase started and not concluded answers, each Dirigente reviews his objective; at
 * the deadline what is missing is non pervenuto. The phases themselves never change.
 */
class MonitoringCampaignTest extends RunningApplication {

  @Autowired TaskService tasks;
  @Autowired JdbcClient jdbc;
  @Autowired it.pegworkflow.campaigning.ScheduledCampaigns scheduled;
  @Autowired it.pegworkflow.mailing.DueSoonReminders reminders;

  CampaignAtWork campaigns;
  String department;

  @BeforeEach
  void people() {
    campaigns = new CampaignAtWork(this, tasks, jdbc);
    department = "DIREZIONE " + newCode();
  }

  @Test
  void aCampaignAt30JuneAsksEveryStartedPhaseThenTheDirigenteAndClosesAtTheDeadline() {
    today("2017-06-10");
    String first = newCode();
    String second = newCode();
    String elsewhere = newCode();
    String firstInstance = campaigns.importObjective(first, department);
    campaigns.importObjective(second, department, "01/03/2017\t30/11/2017", "01/09/2017\t30/11/2017");
    campaigns.importObjective(elsewhere, department + " ALTRA");
    // Del Moro concludes her phase of the first objective before the campaign: nobody asks her about it.
    Task research = tasks.createTaskQuery().processInstanceId(firstInstance).taskAssignee("delmorosandra").singleResult();
    tasks.complete(research.getId(), Map.of(ProcessConstants.PHASE_OUTCOME, "conclusa", ProcessConstants.PHASE_COMPLETION, 100,
        ProcessConstants.PHASE_ACTUAL_END, "2017-06-10", ProcessConstants.PHASE_REPORT, "Finanziamenti trovati"));
    runDueJobs(firstInstance);

    today("2017-07-01");
    var planBefore = List.of(campaigns.phases(first), campaigns.phases(second));
    var objectiveTasksBefore = tasks.createTaskQuery().processDefinitionKey(ProcessConstants.PROCESS_KEY)
        .processInstanceBusinessKeyIn(first, second).list().stream().map(Task::getId).sorted().toList();
    String campaign = campaigns.started("30/06/2017", "15/07/2017", department.toLowerCase());
    long id = campaigns.campaignId(campaign);

    List<Task> questions = campaigns.questions(campaign, TASK_REPORT_PROGRESS);
    assertThat(questions).extracting(t -> tasks.getVariable(t.getId(), ProcessConstants.OBJECTIVE_CODE) + " "
            + tasks.getVariable(t.getId(), ProcessConstants.PHASE_NUMBER) + " " + t.getAssignee())
        .as("no question on a concluded phase (first, 4), a phase not started by 30/06 (second, 2), another Direzione")
        .containsExactlyInAnyOrder(first + " 1 vernamarco", first + " 2 bonannigiuseppina", first + " 3 bonannigiuseppina",
            second + " 1 vernamarco", second + " 3 bonannigiuseppina", second + " 4 delmorosandra");
    assertThat(campaigns.question(campaign, first, 2).getName()).isEqualTo("Stato di avanzamento al 30/06/2017: «Stipula "
        + "protocolli d'intesa con soggetti terzi per l'individuazione di strutture destinati ai MSNA» (" + first + ")");
    assertThat(campaigns.question(campaign, first, 2).getDueDate()).as("the end of the deadline's day")
        .isEqualTo(java.util.Date.from(LocalDate.of(2017, 7, 15).atTime(23, 59, 59).atZone(ROME).toInstant()));
    Task protocols = campaigns.question(campaign, first, 2);
    assertThat(jdbc.sql("select subject from peg_mail_outbox where dedup_key = ?")
        .param("CAMPAIGN/" + protocols.getId() + "/bonannigiuseppina").query(String.class).list())
        .as("told by e-mail like a phase's task").containsExactly(protocols.getName());
    assertThat(campaigns.questions(campaign, TASK_REVIEW_OBJECTIVE)).as("the Dirigente waits for the phases").isEmpty();
    assertThat(campaigns.campaignRow(id)).containsEntry("state", "OPEN").containsEntry("started_by", CONTROLLO)
        .containsEntry("scope", department);
    assertThat((BigDecimal) campaigns.phaseRow(id, first, 1).get("planned_progress")).as("180 of 364 days")
        .isEqualByComparingTo("49.45");
    assertThat((BigDecimal) campaigns.phaseRow(id, first, 2).get("planned_progress")).as("121 of 274 days")
        .isEqualByComparingTo("44.16");
    assertThat(campaigns.phaseRow(id, first, 1)).containsEntry("state", "WAITING").containsEntry("responsible_id", "vernamarco");

    campaigns.answered(campaigns.question(campaign, first, 1), 45, "31/12/2017", "nessuna", "Nei tempi");
    campaigns.answered(campaigns.question(campaign, first, 2), "37,5", "2018-01-31", "a rischio", "Firme in ritardo");
    campaigns.answered(campaigns.question(campaign, first, 3), 50, "31/12/2017", "nessuna", "");
    campaigns.answered(campaigns.question(campaign, second, 1), 40, "31/12/2017", "nessuna", "");
    campaigns.answered(campaigns.question(campaign, second, 3), 10, "31/03/2018", "critica", "Manca il personale");

    Map<String, Object> answered = campaigns.phaseRow(id, first, 2);
    assertThat(answered).containsEntry("state", "ANSWERED").containsEntry("criticality", "AT_RISK")
        .containsEntry("note", "Firme in ritardo").containsEntry("answered_by", "bonannigiuseppina");
    assertThat((BigDecimal) answered.get("completion")).isEqualByComparingTo("37.5");
    assertThat(answered.get("forecast_end").toString()).isEqualTo("2018-01-31");

    List<Task> reviews = campaigns.questions(campaign, TASK_REVIEW_OBJECTIVE);
    assertThat(reviews).as("only the objective whose phases all answered").hasSize(1);
    Task review = reviews.get(0);
    assertThat(review.getAssignee()).isEqualTo("fotifilippo");
    assertThat(review.getName()).isEqualTo("Verifica intermedia al 30/06/2017 dell'obiettivo " + first);
    assertThat((String) tasks.getVariable(review.getId(), REVIEW_ANSWERS))
        .contains("Fase 2 (previsto 44,16%): realizzato 37,5%, fine prevista 31/01/2018, criticità a rischio, nota: Firme in ritardo");
    Api.Answer reviewed = as("fotifilippo").postJson("/engine-rest/task/" + review.getId() + "/complete", Map.of("variables", Map.of(
        INDICATOR_VALUES, CampaignAtWork.text("1: presentato il 20/06/2017\n2: 1/4\n3: "),
        INDICATOR_REASONS, CampaignAtWork.text("3: i dati arrivano a settembre"),
        PHASE_CORRECTIONS, CampaignAtWork.text("2: 30; ; critica; i protocolli non sono ancora firmati"),
        REVIEW_COMMENT, CampaignAtWork.text("In linea salvo i protocolli"))));
    assertThat(reviewed.status()).as(reviewed.text()).isEqualTo(204);

    Map<String, Object> corrected = campaigns.phaseRow(id, first, 2);
    assertThat((BigDecimal) corrected.get("completion")).as("the answer stays as given").isEqualByComparingTo("37.5");
    assertThat(corrected).containsEntry("criticality", "AT_RISK").containsEntry("corrected_criticality", "CRITICAL")
        .containsEntry("correction_note", "i protocolli non sono ancora firmati").containsEntry("corrected_by", "fotifilippo")
        .containsEntry("corrected_forecast_end", null);
    assertThat((BigDecimal) corrected.get("corrected_completion")).isEqualByComparingTo("30");
    assertThat(campaigns.phaseRow(id, first, 1)).as("confirmed: no correction").containsEntry("corrected_by", null);
    assertThat(campaigns.objectiveRow(id, first)).containsEntry("state", "ANSWERED")
        .containsEntry("comment", "In linea salvo i protocolli").containsEntry("answered_by", "fotifilippo");
    assertThat(jdbc.sql("""
            select indicator_number || '|' || coalesce(intermediate_value, '') || '|' || coalesce(missing_reason, '')
            from peg_campaign_indicator where campaign_id = ? and objective_code = ? order by indicator_number""")
        .params(id, first).query(String.class).list())
        .containsExactly("1|presentato il 20/06/2017|", "2|1/4|", "3||i dati arrivano a settembre");

    today("2017-07-14");
    runDueJobs(campaign);
    Task late = campaigns.question(campaign, second, 4);
    assertThat(late.getPriority()).as("the reminder the day before the deadline").isEqualTo(80);
    assertThat(late.getFollowUpDate()).isNotNull();

    today("2017-07-16");
    runDueJobs(campaign);
    assertThat(campaigns.campaignRow(id)).containsEntry("state", "CLOSED").containsEntry("closed_early", false);
    assertThat(campaigns.phaseRow(id, second, 4)).as("non pervenuto").containsEntry("state", "MISSING")
        .containsEntry("completion", null);
    assertThat(campaigns.objectiveRow(id, second)).as("his phases did not all answer: no review, non pervenuto")
        .containsEntry("state", "MISSING");
    assertThat(campaigns.phaseRow(id, second, 3)).containsEntry("state", "ANSWERED");
    assertThat(campaigns.objectiveRow(id, first)).containsEntry("state", "ANSWERED");
    assertThat(tasks.createTaskQuery().processInstanceId(campaign).count()).isZero();
    assertThat(jdbc.sql("select count(*) from peg_campaign_objective where campaign_id = ? and objective_code = ?")
        .params(id, elsewhere).query(Integer.class).single()).isZero();

    assertThat(List.of(campaigns.phases(first), campaigns.phases(second))).as("the phases are not touched").isEqualTo(planBefore);
    assertThat(tasks.createTaskQuery().processDefinitionKey(ProcessConstants.PROCESS_KEY)
        .processInstanceBusinessKeyIn(first, second).list().stream().map(Task::getId).sorted().toList())
        .as("nor are the objectives' processes").isEqualTo(objectiveTasksBefore);
  }

  @Test
  void aQuestionStillOpenTheDayBeforeTheDeadlineIsRemindedByEmailOnce() {
    today("2017-06-10");
    String code = newCode();
    campaigns.importObjective(code, department);
    today("2017-07-01");
    String campaign = campaigns.started("30/06/2017", "15/07/2017", department);
    Task verna = campaigns.question(campaign, code, 1);
    Task answered = campaigns.question(campaign, code, 2);
    campaigns.answered(answered, 45, "30/11/2017", "nessuna", "");

    today("2017-07-10");
    reminders.remind();
    assertThat(reminded(verna)).as("not yet: five days to go").isEmpty();
    today("2017-07-15");
    reminders.remind();
    reminders.remind();

    assertThat(reminded(verna)).containsExactly("Promemoria, risposta entro oggi: «" + verna.getName() + "»");
    assertThat(reminded(answered)).as("Bonanni answered phase 2").isEmpty();
  }

  private List<String> reminded(Task question) {
    return jdbc.sql("select subject from peg_mail_outbox where dedup_key = ?")
        .param("CAMPAIGN_DUE_SOON/" + question.getId() + "/" + question.getAssignee()).query(String.class).list();
  }

  @Test
  void theControlloClosesACampaignEarlyAndWhatIsMissingIsNonPervenuto() {
    today("2017-06-10");
    String code = newCode();
    campaigns.importObjective(code, department);
    today("2017-07-01");
    String campaign = campaigns.started("30/06/2017", "31/07/2017", department);
    long id = campaigns.campaignId(campaign);
    campaigns.answered(campaigns.question(campaign, code, 1), 45, "31/12/2017", "nessuna", "");

    Task close = campaigns.questions(campaign, TASK_CLOSE_CAMPAIGN).get(0);
    assertThat(close.getName()).isEqualTo("Chiudere la campagna di monitoraggio al 30/06/2017");
    assertThat(as("fotifilippo").postJson("/engine-rest/task/" + close.getId() + "/complete", Map.of("variables", Map.of())).status())
        .as("only the controllo closes it").isIn(403, 404);
    Api.Answer closed = as(CONTROLLO).postJson("/engine-rest/task/" + close.getId() + "/complete", Map.of("variables", Map.of()));
    assertThat(closed.status()).as(closed.text()).isEqualTo(204);
    runDueJobs(campaign);

    assertThat(campaigns.campaignRow(id)).containsEntry("state", "CLOSED").containsEntry("closed_early", true);
    assertThat(campaigns.phaseRow(id, code, 1)).containsEntry("state", "ANSWERED");
    for (int phase : new int[] {2, 3, 4}) {
      assertThat(campaigns.phaseRow(id, code, phase)).containsEntry("state", "MISSING");
    }
    assertThat(campaigns.objectiveRow(id, code)).containsEntry("state", "MISSING");
    assertThat(tasks.createTaskQuery().processInstanceId(campaign).count()).as("the questions went with it").isZero();
  }

  @Test
  void theStartFormRefusesInItalianAndStartsNothing() {
    today("2017-06-10");
    campaigns.importObjective(newCode(), department);
    today("2017-07-01");
    long campaignsBefore = jdbc.sql("select count(*) from peg_campaign").query(Long.class).single();
    long instancesBefore = history.createHistoricProcessInstanceQuery().processDefinitionKey(CAMPAIGN_PROCESS_KEY).count();

    assertRefused(campaigns.start(CONTROLLO, "30/06/2017", "20/06/2017", department),
        "Termine per le risposte: 20/06/2017 non è dopo la data di riferimento (30/06/2017)");
    assertRefused(campaigns.start(CONTROLLO, "30/06/2017", "30/06/2017", department),
        "Termine per le risposte: 30/06/2017 non è dopo la data di riferimento (30/06/2017)");
    assertRefused(campaigns.start(CONTROLLO, "31/06/2017", "15/07/2017", department),
        "Data di riferimento: «31/06/2017» non è una data valida (gg/mm/aaaa)");
    assertRefused(campaigns.start(CONTROLLO, "", "15/07/2017", department), "Manca il campo obbligatorio «Data di riferimento»");
    assertRefused(campaigns.start(CONTROLLO, "30/06/2017", "15/07/2017", department + "\nDIREZIONE CHE NON C'È"),
        "Direzioni: «DIREZIONE CHE NON C'È» non è una Direzione degli obiettivi importati (sono: ");
    var extra = new java.util.LinkedHashMap<String, Object>(Map.of(REFERENCE_DATE, CampaignAtWork.text("30/06/2017"),
        ANSWER_DEADLINE, CampaignAtWork.text("15/07/2017"), CAMPAIGN_ID, Map.of("value", 1, "type", "Long")));
    assertRefused(campaigns.start(CONTROLLO, extra),
        "L'avvio di una campagna non accetta la variabile «campaignId»: accetta solo referenceDate, answerDeadline, campaignScope");

    assertThat(jdbc.sql("select count(*) from peg_campaign").query(Long.class).single()).isEqualTo(campaignsBefore);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(CAMPAIGN_PROCESS_KEY).count())
        .isEqualTo(instancesBefore);
  }

  @Test
  void onlyTheControlloAndTheAdministratorStartACampaignFromTasklist() {
    today("2017-06-10");
    campaigns.importObjective(newCode(), department);
    today("2017-07-01");
    String startable = "/engine-rest/process-definition?latestVersion=true&startableInTasklist=true"
        + "&startablePermissionCheck=true&active=true";
    assertThat(as(CONTROLLO).get(startable).body().findValuesAsText("key")).as("«Avvia processo» of the controllo")
        .containsExactly(CAMPAIGN_PROCESS_KEY);
    assertThat(as("vernamarco").get(startable).body().findValuesAsText("key")).isEmpty();
    Api.Answer startForm = as(CONTROLLO).get("/engine-rest/process-definition/key/" + CAMPAIGN_PROCESS_KEY + "/deployed-start-form");
    assertThat(startForm.status()).as(startForm.text()).isEqualTo(200);
    assertThat(startForm.body().path("id").asText()).as("Tasklist's start form").isEqualTo("Form_CampaignStart");
    for (String person : List.of("vernamarco", "fotifilippo")) {
      Api.Answer refused = campaigns.start(person, "30/06/2017", "15/07/2017", department);
      assertThat(refused.status()).as(refused.text()).isEqualTo(403);
      assertThat(refused.body().path("message").asText())
          .isEqualTo("Solo il controllo di gestione e l'amministratore possono avviare questo processo");
    }
    Api.Answer byTheAdministrator = campaigns.start(ADMIN, "30/06/2017", "15/07/2017", department);
    assertThat(byTheAdministrator.status()).as(byTheAdministrator.text()).isEqualTo(200);
    assertThat(as(CONTROLLO).postJson("/engine-rest/process-definition/key/" + ProcessConstants.PROCESS_KEY + "/start",
        Map.of()).status()).as("an objective is still never started by hand").isEqualTo(403);
  }

  @Test
  void aResponsibleAnswersOnlyWithTheVariablesOfTheQuestion() {
    today("2017-06-10");
    String code = newCode();
    campaigns.importObjective(code, department);
    today("2017-07-01");
    String campaign = campaigns.started("30/06/2017", "15/07/2017", department);
    Task question = campaigns.question(campaign, code, 1);
    Api verna = as("vernamarco");
    Api.Answer form = verna.get("/engine-rest/task/" + question.getId() + "/deployed-form");
    assertThat(form.status()).as("Tasklist shows him the form: " + form.text()).isEqualTo(200);
    assertThat(form.body().path("id").asText()).isEqualTo("Form_CampaignProgress");
    Api.Answer shown = verna.get("/engine-rest/task/" + question.getId() + "/form-variables");
    assertThat(shown.status()).as(shown.text()).isEqualTo(200);
    assertThat(shown.body().path("plannedProgress").path("value").asText()).isEqualTo("49,45 %");
    assertThat(shown.body().path(REFERENCE_DAY).path("value").asText()).isEqualTo("30/06/2017");

    for (String extra : List.of(CAMPAIGN_ID, ProcessConstants.PHASE_COMPLETION, RESPONSIBLE_ID, CLOSED_EARLY)) {
      var variables = CampaignAtWork.progress(45, "31/12/2017", "nessuna", "");
      variables.put(extra, CampaignAtWork.text("1"));
      assertRefused(campaigns.answer(question, variables), "Il compito «Stato di avanzamento della fase» non accetta la variabile «"
          + extra + "»: accetta solo progressCompletion, progressForecastEnd, progressCriticality, progressNote, progressProposal");
    }
    assertRefused(campaigns.answer(question, CampaignAtWork.progress(140, "31/12/2017", "nessuna", "")),
        "Completamento alla data di riferimento (%): 140 non è tra 0 e 100");
    assertRefused(campaigns.answer(question, CampaignAtWork.progress(40, "31/12/2017", "boh", "")),
        "Criticità: «boh» non è «nessuna», «a rischio» né «critica»");
    assertRefused(campaigns.answer(question, CampaignAtWork.progress(40, "", "nessuna", "")),
        "Manca il campo obbligatorio «Fine prevista»");
    assertThat(campaigns.phaseRow(campaigns.campaignId(campaign), code, 1)).containsEntry("state", "WAITING");
    assertThat(tasks.createTaskQuery().taskId(question.getId()).count()).as("the question stays open").isOne();
  }

  @Test
  void theDirigentesReviewRefusesInItalianWhatDoesNotFit() {
    today("2017-06-10");
    String code = newCode();
    campaigns.importObjective(code, department);
    today("2017-07-01");
    String campaign = campaigns.started("30/06/2017", "15/07/2017", department);
    for (int phase = 1; phase <= 4; phase++) {
      campaigns.answered(campaigns.question(campaign, code, phase), 50, "31/12/2017", "nessuna", "");
    }
    Task review = campaigns.questions(campaign, TASK_REVIEW_OBJECTIVE).get(0);
    assertThat((String) tasks.getVariable(review.getId(), INDICATOR_VALUES)).as("one line per indicator, ready")
        .isEqualTo("1: \n2: \n3: ");

    assertReviewRefused(review, "1: sì\n2: 1/4", "", "", "Indicatore 3: manca il valore intermedio, oppure il motivo per cui manca");
    assertReviewRefused(review, "1: sì\n2: 1/4\n3: 120", "3: non ancora", "",
        "Indicatore 3: un valore intermedio e un motivo per cui manca insieme; togliere l'uno o l'altro");
    assertReviewRefused(review, "1: sì\n2: 1/4\n3: 120\n7: 5", "", "",
        "Valori intermedi: 7 non è un indicatore dell'obiettivo (gli indicatori sono 1, 2, 3)");
    assertReviewRefused(review, "1: sì\nsecondo: 1/4", "", "",
        "Valori intermedi, riga 2: «secondo: 1/4» non comincia con un numero seguito da «:» (per esempio «2: 45%»)");
    assertReviewRefused(review, "1: sì\n2: 1/4\n3: 120", "", "2: 140",
        "Correzioni delle fasi, fase 2, completamento: 140 non è tra 0 e 100");
    assertReviewRefused(review, "1: sì\n2: 1/4\n3: 120", "", "9: 40",
        "Correzioni delle fasi: 9 non è una fase chiesta dell'obiettivo (le fasi chieste sono 1, 2, 3, 4)");
    assertReviewRefused(review, "1: sì\n2: 1/4\n3: 120", "", "2: ; ; ;",
        "Correzioni delle fasi, fase 2: nessuna correzione");
    assertThat(campaigns.objectiveRow(campaigns.campaignId(campaign), code)).containsEntry("state", "WAITING");
    assertThat(jdbc.sql("select count(*) from peg_campaign_indicator where objective_code = ?").param(code)
        .query(Integer.class).single()).as("nothing written by a refused review").isZero();
  }

  @Test
  void aCampaignStartsByItselfOnAConfiguredDateOnce() {
    today("2017-09-01");
    String code = newCode();
    campaigns.importObjective(code, department);
    List<java.time.MonthDay> dates = it.pegworkflow.campaigning.ScheduledCampaigns.dates("--06-30, --09-30");
    String day = "2017-09-" + (10 + (int) Math.floorMod(System.nanoTime(), 19L)); // a day no other run of this test took
    today(day);
    List<java.time.MonthDay> thatDay = List.of(java.time.MonthDay.from(LocalDate.parse(day)));
    assertThat(dates).containsExactly(java.time.MonthDay.of(6, 30), java.time.MonthDay.of(9, 30));

    assertThat(scheduled.startIfDue(LocalDate.parse(day).minusDays(1), thatDay)).as("not the day").isEmpty();
    String campaign = scheduled.startIfDue(LocalDate.parse(day), thatDay).orElseThrow();
    runDueJobs(campaign);
    assertThat(scheduled.startIfDue(LocalDate.parse(day), thatDay)).as("once").isEmpty();

    long id = campaigns.campaignId(campaign);
    assertThat(campaigns.campaignRow(id)).containsEntry("scope", null).containsEntry("started_by", null)
        .containsEntry("answer_deadline", java.sql.Date.valueOf(LocalDate.parse(day).plusDays(15)));
    assertThat(campaigns.phaseRow(id, code, 1)).containsEntry("state", "WAITING");
  }

  private void assertReviewRefused(Task review, String values, String reasons, String corrections, String message) {
    assertRefused(as("fotifilippo").postJson("/engine-rest/task/" + review.getId() + "/complete", Map.of("variables", Map.of(
        INDICATOR_VALUES, CampaignAtWork.text(values), INDICATOR_REASONS, CampaignAtWork.text(reasons),
        PHASE_CORRECTIONS, CampaignAtWork.text(corrections)))), message);
  }

  private static void assertRefused(Api.Answer answer, String message) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(400);
    assertThat(answer.body().path("message").asText()).startsWith(message);
  }
}
