package it.pegworkflow.mailing;

import static it.pegworkflow.mail.Frequency.IMMEDIATE;
import static it.pegworkflow.process.ProcessConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.mailing.MailServer.Received;
import it.pegworkflow.process.ProcessHarness;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A phase's moments by e-mail: it opens, its end comes near, it is late. */
class PhaseNoticesTest extends MailTest {

  String code;
  String instance;

  @BeforeEach
  void anObjectiveWhosePeopleWantEveryNoticeAtOnce() {
    code = code();
    instance = importObjective(code, "2016-12-20");
    for (String person : List.of("vernamarco", "bonannigiuseppina", "delmorosandra", "fotifilippo")) {
      person(person, IMMEDIATE);
    }
  }

  @Test
  void aPhaseThatOpensTellsItsResponsibleOnceWithTheLinkToTheTask() {
    ProcessHarness.today("2017-01-02");
    runDueJobs(instance);
    assertThat(SMTP.received()).as("nothing leaves before the sender's round").isEmpty();

    assertThat(postman.sendDue()).isEqualTo(3);

    Task phase = phaseTask(1);
    Received mail = single(SMTP.receivedBy("vernamarco" + DOMAIN));
    assertThat(mail.subject()).isEqualTo("PEG – Fase da completare: «" + phaseName(1) + "» (" + code + ")");
    assertThat(mail.text()).startsWith("Gentile ")
        .contains("La fase «" + phaseName(1) + "» dell'obiettivo " + code + " è iniziata ed è affidata a Lei")
        .contains("La fine prevista è il 31/12/2017")
        .contains("Apra il compito in Tasklist: " + link(phase.getId()));
    assertThat(mail.html()).contains("<a href=\"" + link(phase.getId()) + "\">Apra il compito in Tasklist</a>")
        .contains("è iniziata ed è affidata a Lei");
    assertThat(SMTP.receivedBy("bonannigiuseppina" + DOMAIN)).hasSize(1);
    assertThat(SMTP.receivedBy("delmorosandra" + DOMAIN)).hasSize(1);

    // The phase's task made again in the same phase (as a progress update would): not a new phase.
    var taskInstance = java.util.Arrays.stream(runtime.getActivityInstance(instance).getActivityInstances(TASK_COMPLETE_PHASE))
        .filter(a -> Objects.equals(runtime.getVariable(a.getExecutionIds()[0], PHASE_NUMBER), 1)).findFirst().orElseThrow();
    runtime.createProcessInstanceModification(instance)
        .startBeforeActivity(TASK_COMPLETE_PHASE, taskInstance.getParentActivityInstanceId())
        .cancelActivityInstance(taskInstance.getId()).execute();
    assertThat(phaseTask(1).getId()).isNotEqualTo(phase.getId());
    assertThat(postman.sendDue()).isZero();
    assertThat(SMTP.received()).hasSize(3);
  }

  @Test
  void aPhaseDueWithinAWeekRemindsItsResponsibleOnce() {
    ProcessHarness.today("2017-03-02");
    runDueJobs(instance);
    postman.sendDue();
    SMTP.forget();

    // (the database is shared: objectives of other tests may be due the same day)
    ProcessHarness.today("2017-11-22");
    reminders.remind();
    assertThat(remindersQueued()).as("30/11 is 8 days away").isZero();
    ProcessHarness.today("2017-11-25");
    reminders.remind();
    assertThat(remindersQueued()).isEqualTo(1);
    assertThat(reminders.remind()).as("once per phase").isZero();
    postman.sendDue();

    Received mail = single(SMTP.received().stream().filter(m -> m.subject().contains(code)).toList());
    assertThat(mail.to()).isEqualTo("bonannigiuseppina" + DOMAIN);
    assertThat(mail.subject()).isEqualTo("PEG – Fase in scadenza tra 5 giorni: «" + phaseName(2) + "» (" + code + ")");
    assertThat(mail.text()).contains("ha la fine prevista il 30/11/2017, tra 5 giorni")
        .contains(link(phaseTask(2).getId()));

    ProcessHarness.today("2017-11-29");
    assertThat(reminders.remind()).isZero();
  }

  private int remindersQueued() {
    return jdbc.sql("select count(*) from peg_mail_outbox where dedup_key like ?").param("DUE_SOON/" + instance + "/%")
        .query(Integer.class).single();
  }

  @Test
  void aLatePhaseTellsItsResponsibleAndTheDirigente() {
    ProcessHarness.today("2017-03-02");
    runDueJobs(instance);
    postman.sendDue();
    SMTP.forget();

    ProcessHarness.today("2017-12-01");
    runDueJobs(instance);
    assertThat(postman.sendDue()).isEqualTo(2);
    Task urge = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(TASK_URGE_LATE_PHASE).singleResult();
    Received toManager = single(SMTP.receivedBy("fotifilippo" + DOMAIN));
    assertThat(toManager.subject()).isEqualTo("PEG – Fase in ritardo: «" + phaseName(2) + "» (" + code + ")");
    assertThat(toManager.text()).contains("affidata a BONANNI GIUSEPPINA")
        .contains("ha superato la fine prevista del 30/11/2017").contains("Solleciti il responsabile")
        .contains(link(urge.getId()));
    Received toResponsible = single(SMTP.receivedBy("bonannigiuseppina" + DOMAIN));
    assertThat(toResponsible.subject()).isEqualTo(toManager.subject());
    assertThat(toResponsible.text()).contains("il Dirigente ne è informato").contains(link(phaseTask(2).getId()));
  }

  private Task phaseTask(int number) {
    return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(TASK_COMPLETE_PHASE).list().stream()
        .filter(t -> Objects.equals(tasks.getVariable(t.getId(), PHASE_NUMBER), number)).findFirst().orElseThrow();
  }

  private String phaseName(int number) {
    return (String) tasks.getVariable(phaseTask(number).getId(), PHASE_NAME);
  }

  private static Received single(List<Received> received) {
    assertThat(received).hasSize(1);
    return received.get(0);
  }
}
