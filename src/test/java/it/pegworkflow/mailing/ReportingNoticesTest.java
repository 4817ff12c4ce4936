package it.pegworkflow.mailing;

import static it.pegworkflow.mail.Frequency.IMMEDIATE;
import static it.pegworkflow.process.ProcessConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.mailing.MailServer.Received;
import it.pegworkflow.process.ProcessHarness;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** The year's end by e-mail: indicators to record, a justification, the Nucleo's validation, a send-back. */
class ReportingNoticesTest extends MailTest {

  @Test
  void eachReportingStepTellsWhoseTurnItIs() {
    String code = code();
    String instance = importObjective(code, "2016-12-20");
    person("fotifilippo", IMMEDIATE);
    person("nucleoa", IMMEDIATE, NUCLEO_GROUP);
    person("nucleob", IMMEDIATE, NUCLEO_GROUP);
    ProcessHarness.today("2017-03-01");
    runDueJobs(instance);
    ProcessHarness.today("2017-11-20");
    int[] completions = {100, 50, 100, 80};
    for (Task phase : tasksOf(instance, TASK_COMPLETE_PHASE)) {
      int number = (Integer) tasks.getVariable(phase.getId(), PHASE_NUMBER);
      tasks.complete(phase.getId(), Map.of(PHASE_COMPLETION, completions[number - 1], PHASE_ACTUAL_END, "2017-11-20",
          PHASE_REPORT, "Fatto"));
      runDueJobs(instance);
    }
    postman.sendDue();

    List<Task> indicators = tasksOf(instance, TASK_RECORD_INDICATOR);
    List<Received> toRecord = mailsAbout(code, "fotifilippo");
    assertThat(toRecord).hasSize(3).allSatisfy(mail -> {
      assertThat(mail.subject()).startsWith("PEG – Indicatore da rilevare: «").endsWith("» (" + code + ")");
      assertThat(mail.text()).contains("Le fasi dell'obiettivo " + code + " sono chiuse: rilevi il valore effettivo")
          .contains("valore atteso: ");
    });
    assertThat(toRecord).extracting(Received::text).allMatch(text -> indicators.stream().anyMatch(t -> text.contains(link(t.getId()))));
    assertThat(indicators).allMatch(t -> toRecord.stream().anyMatch(mail -> mail.text().contains(link(t.getId()))));

    SMTP.forget();
    String[] actuals = {"10/07/2017", "1/5", "120"};
    for (Task indicator : indicators) {
      int number = (Integer) tasks.getVariable(indicator.getId(), INDICATOR_NUMBER);
      tasks.complete(indicator.getId(), Map.of(INDICATOR_ACTUAL, actuals[number - 1], INDICATOR_NOTE, "Rilevato"));
    }
    runDueJobs(instance);
    postman.sendDue();
    Task justify = tasksOf(instance, TASK_JUSTIFY_DEVIATION).get(0);
    Received justification = single(mailsAbout(code, "fotifilippo"));
    assertThat(justification.subject()).isEqualTo("PEG – Scostamento da motivare: obiettivo " + code);
    assertThat(justification.text()).contains("ha ottenuto il punteggio 80,33 (parzialmente raggiunto)")
        .contains("Relazione sulla performance").contains(link(justify.getId()));

    SMTP.forget();
    tasks.complete(justify.getId(), Map.of(DEVIATION_REASON, "Due progetti non ancora valutati dalla Regione"));
    postman.sendDue();
    Task validate = tasksOf(instance, TASK_VALIDATE_REPORT).get(0);
    for (String member : List.of("nucleoa", "nucleob")) {
      Received validation = single(mailsAbout(code, member));
      assertThat(validation.subject()).isEqualTo("PEG – Rendicontazione da validare: obiettivo " + code);
      assertThat(validation.text()).contains("attende la validazione del Nucleo di Valutazione")
          .contains(link(validate.getId()));
    }
    assertThat(mailsAbout(code, "fotifilippo")).isEmpty();

    SMTP.forget();
    tasks.complete(validate.getId(), Map.of(VALIDATION_APPROVED, false,
        VALIDATION_REASON, "Il secondo indicatore va documentato con i protocolli firmati"));
    postman.sendDue();
    List<Received> sentBack = mailsAbout(code, "fotifilippo");
    assertThat(sentBack).as("one per task the Dirigente gets again").hasSize(3).allSatisfy(mail -> {
      assertThat(mail.subject()).startsWith("PEG – Rendicontazione rinviata: ").endsWith("(" + code + ")");
      assertThat(mail.text()).contains("Il Nucleo di Valutazione ha rinviato la rendicontazione dell'obiettivo " + code
          + " con questo motivo: «Il secondo indicatore va documentato con i protocolli firmati»");
    });
    assertThat(tasksOf(instance, TASK_RECORD_INDICATOR))
        .allMatch(t -> sentBack.stream().anyMatch(mail -> mail.text().contains(link(t.getId()))));
    assertThat(SMTP.received()).extracting(Received::subject).noneMatch(s -> s.contains("Indicatore da rilevare"));

    // A second round: recorded again, justified again, sent back again with another reason.
    SMTP.forget();
    for (Task indicator : tasksOf(instance, TASK_RECORD_INDICATOR)) {
      int number = (Integer) tasks.getVariable(indicator.getId(), INDICATOR_NUMBER);
      tasks.complete(indicator.getId(), Map.of(INDICATOR_ACTUAL, actuals[number - 1], INDICATOR_NOTE, "Con i protocolli"));
    }
    runDueJobs(instance);
    tasks.complete(tasksOf(instance, TASK_JUSTIFY_DEVIATION).get(0).getId(), Map.of(DEVIATION_REASON, "Come sopra"));
    tasks.complete(tasksOf(instance, TASK_VALIDATE_REPORT).get(0).getId(), Map.of(VALIDATION_APPROVED, false,
        VALIDATION_REASON, "Manca ancora il protocollo di marzo"));
    postman.sendDue();
    assertThat(mailsAbout(code, "fotifilippo")).filteredOn(m -> m.subject().startsWith("PEG – Rendicontazione rinviata"))
        .hasSize(3).allMatch(m -> m.text().contains("«Manca ancora il protocollo di marzo»"));

    // A third round: only the second indicator sent back, one notice for its revision.
    SMTP.forget();
    for (Task indicator : tasksOf(instance, TASK_RECORD_INDICATOR)) {
      int number = (Integer) tasks.getVariable(indicator.getId(), INDICATOR_NUMBER);
      tasks.complete(indicator.getId(), Map.of(INDICATOR_ACTUAL, actuals[number - 1], INDICATOR_NOTE, "Con marzo"));
    }
    runDueJobs(instance);
    tasks.complete(tasksOf(instance, TASK_JUSTIFY_DEVIATION).get(0).getId(), Map.of(DEVIATION_REASON, "Come sopra"));
    tasks.complete(tasksOf(instance, TASK_VALIDATE_REPORT).get(0).getId(), Map.of(VALIDATION_APPROVED, false,
        SENT_BACK_INDICATOR, 2, VALIDATION_REASON, "Solo il secondo: manca la firma"));
    postman.sendDue();
    Task revision = tasksOf(instance, TASK_REVISE_INDICATOR).get(0);
    Received revise = single(mailsAbout(code, "fotifilippo").stream()
        .filter(m -> m.subject().startsWith("PEG – Rendicontazione rinviata")).toList());
    assertThat(revise.text()).contains("«Solo il secondo: manca la firma»").contains(link(revision.getId()));
  }

  private List<Task> tasksOf(String instance, String key) {
    return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).list();
  }

  private static List<Received> mailsAbout(String code, String person) {
    return SMTP.receivedBy(person + DOMAIN).stream().filter(m -> m.subject().contains(code)).toList();
  }

  private static Received single(List<Received> received) {
    assertThat(received).hasSize(1);
    return received.get(0);
  }
}
