package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import it.pegworkflow.process.ProcessConstants;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** POST, GET and the security of {@code /api/objectives}, over HTTP, with the real sheet. */
class ImportApiTest extends RunningApplication {

  private static final String OBJECTIVES = "/api/objectives";
  private static final String CENTRE = "SERVIZIO SOCIALE AMMINISTRATIVO";

  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;

  @Test
  void importAnswers201WithWhatItMadeAndStartsTheProcessUnderTheCode() throws Exception {
    String code = newCode();

    Api.Answer answer = as(CONTROLLO).postText(OBJECTIVES, realSheet(code));

    assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    ProcessInstance instance = runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessConstants.PROCESS_KEY).processInstanceBusinessKey(code).singleResult();
    assertThat(instance).isNotNull();
    assertThat(answer.body()).isEqualTo(Api.JSON.readTree("""
        {"objectives":[{"code":"%s","processInstanceId":"%s","phases":4,"indicators":3}]}"""
        .formatted(code, instance.getId())));
  }

  @Test
  void listAndDetailShowEveryFieldOfTheSheetAndThePhasesProgress() {
    String code = newCode();
    String instanceId = importReal(code);

    JsonNode list = as(CONTROLLO).get(OBJECTIVES).body();
    JsonNode summary = StreamSupport.stream(list.spliterator(), false)
        .filter(o -> o.path("code").asText().equals(code)).findFirst().orElseThrow();
    assertThat(summary.path("year").asInt()).isEqualTo(2017);
    assertThat(summary.path("title").asText())
        .isEqualTo("Promuovere l'integrazione, l'inclusione sociale e sostenere l'accoglienza");
    assertThat(summary.path("department").asText()).isEqualTo("SERVIZI SOCIALI");
    assertThat(summary.path("unit").asText()).isEqualTo(CENTRE);
    assertThat(summary.path("manager").asText()).isEqualTo("FOTI FILIPPO");
    assertThat(summary.path("state").asText()).isEqualTo("RUNNING");
    assertThat(summary.path("stateLabel").asText()).isEqualTo("in corso");
    assertThat(summary.path("score").isNull()).isTrue();
    assertThat(summary.path("band").isNull()).isTrue();
    assertThat(summary.path("processInstanceId").asText()).isEqualTo(instanceId);

    // Its Dirigente reads it too (who may read what: AuthorizationMatrixTest).
    user("fotifilippo");
    Api.Answer answer = as("fotifilippo").get(OBJECTIVES + "/" + code);
    assertThat(answer.status()).isEqualTo(200);
    JsonNode detail = answer.body();
    assertThat(detail.path("code").asText()).isEqualTo(code);
    assertThat(detail.path("year").asInt()).isEqualTo(2017);
    assertThat(detail.path("title").asText()).isEqualTo(summary.path("title").asText());
    assertThat(detail.path("department").asText()).isEqualTo("SERVIZI SOCIALI");
    assertThat(detail.path("director").asText()).isEqualTo("CAVALLERI VINCENZO");
    assertThat(detail.path("unit").asText()).isEqualTo(CENTRE);
    assertThat(detail.path("manager").asText()).isEqualTo("FOTI FILIPPO");
    assertThat(detail.path("managerId").asText()).isEqualTo("fotifilippo");
    assertThat(detail.path("classification").asText()).isEqualTo("DIREZIONALE");
    assertThat(detail.path("kind").asText()).isEqualTo("SVILUPPO");
    assertThat(detail.path("description").asText())
        .startsWith("Il servizio intende sviluppare percorsi personalizzati")
        .endsWith("attraverso il consolidamento del sistema SPRAR.")
        .doesNotContain("GANTT", "**");
    assertThat(detail.path("description").asText().split("\n\n")).hasSize(10);
    assertThat(detail.path("processInstanceId").asText()).isEqualTo(instanceId);
    assertThat(detail.path("state").asText()).isEqualTo("RUNNING");
    assertThat(detail.path("stateLabel").asText()).isEqualTo("in corso");

    assertThat(detail.path("phases")).extracting(
            p -> p.path("number").asInt(), p -> p.path("name").asText(), p -> p.path("plannedStart").asText(),
            p -> p.path("plannedEnd").asText(), p -> p.path("weight").decimalValue().stripTrailingZeros(),
            p -> p.path("responsible").asText(), p -> p.path("responsibleRole").asText(),
            p -> p.path("responsibleId").asText(), p -> p.path("centre").asText(),
            p -> p.path("centreGroupId").asText())
        .containsExactly(
            tuple(1, "Attuazione proposta di intervento per il contrasto alla grave emarginazione adulta. "
                    + "PON Inclusione FEAD", "2017-01-01", "2017-12-31", new BigDecimal("3E+1"), "VERNA MARCO",
                "P.O. INCLUSIONE SOCIALE", "vernamarco", CENTRE, "serviziosocialeamministrativo"),
            tuple(2, "Stipula protocolli d'intesa con soggetti terzi per l'individuazione di strutture "
                    + "destinati ai MSNA", "2017-03-01", "2017-11-30", new BigDecimal("2E+1"), "BONANNI GIUSEPPINA",
                "P.O. STRANIERI E IMMIGRAZIONE", "bonannigiuseppina", CENTRE, "serviziosocialeamministrativo"),
            tuple(3, "Promuovere l'integrazione sociale degli stranieri con azioni che coniughino "
                    + "l'accoglienza con la tutela e il rispetto della legalità.", "2017-01-01", "2017-12-31",
                new BigDecimal("2E+1"), "BONANNI GIUSEPPINA", "P.O. STRANIERI E IMMIGRAZIONE", "bonannigiuseppina",
                CENTRE, "serviziosocialeamministrativo"),
            tuple(4, "Ricerca finanziamenti dell'Unione europea nazionale e regionale", "2017-01-01",
                "2017-12-31", new BigDecimal("3E+1"), "DEL MORO SANDRA", "P.O. AFF.GEN.SERV.SOCIALI",
                "delmorosandra", CENTRE, "serviziosocialeamministrativo"));
    // Imported with today's clock, long after 2017: the timers are due but no job has run yet.
    assertThat(detail.path("phases")).extracting(p -> p.path("state").asText(), p -> p.path("stateLabel").asText(),
            p -> p.path("late").asBoolean(), p -> p.path("completion").isNull(), p -> p.path("note").asText())
        .containsOnly(tuple("PLANNED", "da avviare", false, true, ""));

    assertThat(detail.path("indicators")).extracting(i -> i.path("number").asInt(),
            i -> i.path("description").asText(), i -> i.path("type").asText(), i -> i.path("expectedValue").asText(),
            i -> i.path("valueKind").asText(), i -> i.path("actualValue").isNull(), i -> i.path("score").isNull())
        .containsExactly(
            tuple(1, "Presentazione progetto PON (Programma Operativo Nazionale) inclusione FEAD "
                + "(Fondo di Aiuti Europei agli Indigenti)", "PERFORMANCE", "entro il 30 Giugno", "DATE", true, true),
            tuple(2, "Ricerca finanziamenti: Progetti di finanziamento ammessi/ progetti presentati", "RISULTATO",
                "2/4", "RATIO", true, true),
            tuple(3, "Soggetti inseriti nei progetti SPRAR", "RISULTATO", "maggiore di 100", "NUMBER", true, true));
    // Beside the words, the target they were read as at import: what the form, the check and the score use.
    JsonNode deadline = detail.path("indicators").get(0).path("target");
    assertThat(List.of(deadline.path("kind").asText(), deadline.path("comparison").asText(),
        deadline.path("date").asText())).containsExactly("DATE", "BY", "2017-06-30");
    JsonNode ratio = detail.path("indicators").get(1).path("target");
    assertThat(List.of(ratio.path("kind").asText(), ratio.path("comparison").asText(), ratio.path("numerator").asText(),
        ratio.path("denominator").asText())).containsExactly("RATIO", "AT_LEAST", "2", "4");
    JsonNode threshold = detail.path("indicators").get(2).path("target");
    assertThat(List.of(threshold.path("kind").asText(), threshold.path("comparison").asText(),
        threshold.path("value").asText(), threshold.path("percentage").asText(), threshold.path("date").isNull()))
        .containsExactly("THRESHOLD", "GREATER_THAN", "100", "false", true);
  }

  @Test
  void phasesPrintedWithoutCentreBelongToTheServizioAndReachTheirResponsibles() {
    today("2017-03-02");
    String code = newCode();
    String sheet = realSheet(code).replace("\tSERVIZIO SOCIALE AMMINISTRATIV\n", "\t\n");
    assertThat(sheet).doesNotContain("AMMINISTRATIV\n");

    Api.Answer answer = as(CONTROLLO).postText(OBJECTIVES, sheet);
    assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    String instanceId = answer.body().path("objectives").get(0).path("processInstanceId").asText();
    runDueJobs(instanceId);

    assertThat(runtime.createIncidentQuery().processInstanceId(instanceId).list()).isEmpty();
    List<Task> phaseTasks = tasks.createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey(ProcessConstants.TASK_COMPLETE_PHASE).orderByTaskName().asc().list();
    assertThat(phaseTasks).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("vernamarco", "bonannigiuseppina", "bonannigiuseppina", "delmorosandra");
    for (Task task : phaseTasks) {
      assertThat(tasks.getIdentityLinksForTask(task.getId()))
          .filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
          .extracting(IdentityLink::getGroupId).containsExactly("serviziosocialeamministrativo");
    }
    assertThat(as(CONTROLLO).get(OBJECTIVES + "/" + code).body().path("phases"))
        .extracting(p -> p.path("centre").asText(), p -> p.path("centreGroupId").asText())
        .containsOnly(tuple(CENTRE, "serviziosocialeamministrativo"));
  }

  @Test
  void aBadSheetAnswers400WithEveryErrorAndItsLineAndStoresNothing() {
    String first = newCode();
    String second = newCode();
    // Two objectives in one file: an impossible date in the first, weights adding up to 105 in the second.
    String sheet = realSheet(first).replace("\t01/03/2017\t30/11/2017\t", "\t31/02/2017\t30/11/2017\t")
        + "\n" + realSheet(second).replace("\t31/12/2017\t30,00\tVERNA", "\t31/12/2017\t35,00\tVERNA");
    int dateLine = lineOf(sheet, "31/02/2017", 1);
    int secondPhasesLine = lineOf(sheet, "FASI\t", 2);

    Api.Answer answer = as(CONTROLLO).postText(OBJECTIVES, sheet);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().path("title").asText()).isEqualTo("Foglio PEG non valido");
    assertThat(answer.body().path("errors")).extracting(e -> e.path("line").asInt(), e -> e.path("message").asText())
        .containsExactly(
            tuple(dateLine, "Riga " + dateLine + ", fase 2 «Stipula protocolli…»: data «31/02/2017» impossibile"),
            tuple(secondPhasesLine, "Riga " + secondPhasesLine + ", obiettivo " + second
                + ": I pesi delle fasi sommano a 105.00 invece di 100: fase 1 «Attuazione proposta di intervento per "
                + "il contrasto alla grave emarginazione adulta. PON Inclusione FEAD» 35.00, fase 2 «Stipula "
                + "protocolli d'intesa con soggetti terzi per l'individuazione di strutture destinati ai MSNA» 20.00, "
                + "fase 3 «Promuovere l'integrazione sociale degli stranieri con azioni che coniughino l'accoglienza "
                + "con la tutela e il rispetto della legalità.» 20.00, fase 4 «Ricerca finanziamenti dell'Unione "
                + "europea nazionale e regionale» 30.00"));
    for (String code : List.of(first, second)) {
      assertThat(as(CONTROLLO).get(OBJECTIVES + "/" + code).status()).isEqualTo(404);
      assertThat(processInstances(code)).isZero();
    }
  }

  @Test
  void anEmptyBodyAnswers400AndStoresNothing() {
    int before = as(CONTROLLO).get(OBJECTIVES).body().size();

    Api.Answer answer = as(CONTROLLO).postText(OBJECTIVES, "");

    assertThat(answer.status()).as(answer.text()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().path("errors")).as(answer.text())
        .extracting(e -> e.path("line").asInt(), e -> e.path("message").asText())
        .containsExactly(tuple(0, "Il file è vuoto"));
    assertThat(as(CONTROLLO).get(OBJECTIVES).body().size()).isEqualTo(before);
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void aSecondImportOfTheSameCodeAnswers409NamingItAndStartsNothing(CapturedOutput log) {
    String code = newCode();
    importReal(code);

    Api.Answer answer = as(CONTROLLO).postText(OBJECTIVES, realSheet(code));

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().path("code").asText()).isEqualTo(code);
    assertThat(answer.body().path("detail").asText()).contains(code);
    assertThat(processInstances(code)).isEqualTo(1);
    assertThat(log.getOut()).as("the caller's mistake is no server error in the log").doesNotContain(" ERROR ");
  }

  @Test
  void anUnknownCodeAnswers404() {
    Api.Answer answer = as(CONTROLLO).get(OBJECTIVES + "/2017_NONESISTE");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().path("detail").asText()).isEqualTo("Nessun obiettivo con codice 2017_NONESISTE");
  }

  @Test
  void withoutOrWithWrongCredentialsBothApisAnswer401() {
    user("conpassword");
    // Like the people provisioned from the sheets: a user without a password.
    if (identity.createUserQuery().userId("senzapassword").count() == 0) {
      identity.saveUser(identity.newUser("senzapassword"));
    }
    Map<String, Api> strangers = Map.of(
        "nobody", anonymous(),
        "wrong password", Api.as(port, "conpassword", "sbagliata"),
        "unknown user", Api.as(port, "nessuno", PASSWORD),
        "user without a password", Api.as(port, "senzapassword", "qualunque"),
        "user without a password, empty password", Api.as(port, "senzapassword", ""));
    String code = newCode();
    strangers.forEach((who, stranger) -> {
      for (Api.Answer answer : List.of(stranger.get(OBJECTIVES), stranger.postText(OBJECTIVES, realSheet(code)),
          stranger.get("/engine-rest/task"), stranger.get("/engine-rest/process-instance"))) {
        assertThat(answer.status()).as(who + ": " + answer.text()).isEqualTo(401);
      }
    });
    assertThat(processInstances(code)).isZero();
    // The same calls with a right password pass (not as conpassword: Camunda locks a user for a few
    // seconds after a wrong password).
    user("giusta");
    assertThat(as("giusta").get(OBJECTIVES).status()).isEqualTo(200);
    assertThat(as("giusta").get("/engine-rest/task").status()).isEqualTo(200);
  }

  @Test
  void someoneOutsideTheControlloDiGestioneGets403AndImportsNothing() {
    user("segreteria");
    String code = newCode();

    Api.Answer answer = as("segreteria").postText(OBJECTIVES, realSheet(code));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.body().path("detail").asText()).isEqualTo("Solo il controllo di gestione può importare i fogli PEG");
    assertThat(as(CONTROLLO).get(OBJECTIVES + "/" + code).status()).isEqualTo(404);
    assertThat(processInstances(code)).isZero();
  }

  @Test
  void twoSheetsNamingTheSamePeopleDoNotDuplicateUsersOrGroups() {
    importReal(newCode());
    long users = identity.createUserQuery().count();
    long groups = identity.createGroupQuery().count();
    List<String> vernaGroups = groupsOf("vernamarco");
    // Other tests of the shared database put the same people in offices of their own: compared with before.
    List<String> fotiGroups = groupsOf("fotifilippo");
    List<String> cavalleriGroups = groupsOf("cavallerivincenzo");
    String other = newCode();

    // A different objective, by the administrator (camunda-admin), with the same people and offices.
    Api.Answer answer = as(ADMIN).postText(OBJECTIVES, otherSheetWithTheSamePeople(other));

    assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    assertThat(identity.createUserQuery().count()).isEqualTo(users);
    assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    assertThat(groupsOf("vernamarco")).isEqualTo(vernaGroups).contains("serviziosocialeamministrativo");
    assertThat(groupsOf("fotifilippo")).isEqualTo(fotiGroups).contains("serviziosocialeamministrativo", "dirigenti");
    assertThat(groupsOf("cavallerivincenzo")).isEqualTo(cavalleriGroups).contains("servizisociali", "direttori");
    assertThat(identity.createUserQuery().memberOfGroup("serviziosocialeamministrativo").list())
        .extracting(u -> u.getId()).contains("vernamarco", "bonannigiuseppina", "delmorosandra", "fotifilippo")
        .doesNotHaveDuplicates();
  }

  @Test
  void theSameFileImportedTwiceAtOnceGivesOne201AndOne409AndOneInstance() throws Exception {
    String code = newCode();
    String sheet = realSheet(code);
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Api.Answer>> imports = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      imports.add(CompletableFuture.supplyAsync(() -> {
        awaitQuietly(start);
        return as(CONTROLLO).postText(OBJECTIVES, sheet);
      }));
    }
    start.countDown();

    List<Api.Answer> answers = imports.stream().map(CompletableFuture::join).toList();

    assertThat(answers).extracting(Api.Answer::status).as(answers.toString()).containsExactlyInAnyOrder(201, 409);
    assertThat(answers).filteredOn(a -> a.status() == 409)
        .extracting(a -> a.body().path("code").asText()).containsExactly(code);
    assertThat(processInstances(code)).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isEqualTo(1);
  }

  private String importReal(String code) {
    Api.Answer answer = as(CONTROLLO).postText(OBJECTIVES, realSheet(code));
    assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    return answer.body().path("objectives").get(0).path("processInstanceId").asText();
  }

  private List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).orderByGroupId().asc().list().stream()
        .map(Group::getId).toList();
  }

  /** The 1-based line of the {@code occurrence}-th line containing {@code text}. */
  private static int lineOf(String sheet, String text, int occurrence) {
    String[] lines = sheet.split("\n", -1);
    int seen = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(text) && ++seen == occurrence) {
        return i + 1;
      }
    }
    throw new AssertionError("No line " + occurrence + " with " + text);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String otherSheetWithTheSamePeople(String code) {
    return String.join("\n",
        code + "**Un altro obiettivo degli stessi uffici**",
        "",
        "Direzione\tSERVIZI SOCIALI\tDirettore\tCAVALLERI VINCENZO\tClassificazione\tDIREZIONALE",
        "Servizio\tSERVIZIO SOCIALE AMMINISTRATIVO\tDirigente\tFOTI FILIPPO\tTipologia\tMANTENIMENTO",
        "",
        "**Descrizione",
        "dettagliata",
        "dell'obiettivo**",
        "",
        "Mantenere i servizi di accoglienza.",
        "",
        "GANTT",
        "",
        "FASI\t\t\t\t\t",
        "FASE\tMonitoraggio delle strutture\t\t\t\t",
        "\tInizio Previsto\tFine Prevista\tPeso\tResponsabile\tCentro di Responsabilità",
        "\t01/01/2017\t30/06/2017\t50,00\tVERNA MARCO - P.O. INCLUSIONE SOCIALE\tSERVIZIO SOCIALE AMMINISTRATIV",
        "Note\t\t\t\t\t",
        "FASE\tRendiconto della spesa\t\t\t\t",
        "\tInizio Previsto\tFine Prevista\tPeso\tResponsabile\tCentro di Responsabilità",
        "\t01/07/2017\t31/12/2017\t50,00\tBONANNI GIUSEPPINA - P.O. STRANIERI E IMMIGRAZIONE\tSERVIZIO SOCIALE AMMINISTRATIV",
        "Note\t\t\t\t\t",
        "",
        "INDICATORI",
        "",
        "Descrizione\tTipo\tValore Atteso",
        "Strutture monitorate\tRISULTATO\talmeno 10",
        "");
  }
}
