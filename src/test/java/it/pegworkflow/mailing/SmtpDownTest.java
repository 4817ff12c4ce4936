package it.pegworkflow.mailing;

import static it.pegworkflow.mail.Frequency.IMMEDIATE;
import static it.pegworkflow.process.ProcessConstants.TASK_COMPLETE_PHASE;
import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.mailing.MailServer.Received;
import it.pegworkflow.process.ProcessHarness;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The relay down, then back; a person without an address: the process never notices, nothing is lost or doubled. */
@ExtendWith(OutputCaptureExtension.class)
class SmtpDownTest extends MailTest {

  static final String DOWN = "cannot be reached";

  @Test
  void whileTheRelayIsDownTheMailsWaitAndWhenItIsBackEachArrivesOnce(CapturedOutput log) {
    String code = code();
    String instance = importObjective(code, "2016-12-20");
    for (String person : List.of("vernamarco", "bonannigiuseppina", "delmorosandra")) {
      person(person, IMMEDIATE);
    }
    SMTP.stop();

    ProcessHarness.today("2017-01-02");
    runDueJobs(instance);
    assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(TASK_COMPLETE_PHASE).count())
        .as("the phases open whatever the relay does").isEqualTo(3);
    assertThat(postman.sendDue()).isZero();
    assertThat(log.getOut()).contains("E-mail: SMTP 127.0.0.1:" + SMTP.port() + " " + DOWN)
        .contains("3 queued notices will be tried again");
    assertThat(management.createJobQuery().processInstanceId(instance).withException().count()).isZero();
    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
    assertThat(attempts()).containsOnly(1);

    assertThat(postman.sendDue()).as("not before the wait").isZero();
    assertThat(warnings(log)).isEqualTo(1);
    later(Duration.ofSeconds(61));
    assertThat(postman.sendDue()).isZero();
    assertThat(warnings(log)).isEqualTo(2);
    assertThat(attempts()).as("the wait doubles: 2 minutes now").containsOnly(2);

    SMTP.start();
    later(Duration.ofSeconds(60));
    assertThat(postman.sendDue()).isZero();
    later(Duration.ofSeconds(61));
    assertThat(postman.sendDue()).isEqualTo(3);
    later(Duration.ofHours(2));
    assertThat(postman.sendDue()).isZero();

    List<Received> received = SMTP.received();
    assertThat(received).extracting(Received::to).containsExactlyInAnyOrder(
        "vernamarco" + DOMAIN, "bonannigiuseppina" + DOMAIN, "delmorosandra" + DOMAIN);
    assertThat(received).extracting(Received::outbox).doesNotHaveDuplicates();
    assertThat(received).allMatch(mail -> mail.subject().startsWith("PEG – Fase da completare"));
  }

  @Test
  void aPersonWithoutAnAddressIsLoggedOnceNotAtEveryNotice(CapturedOutput log) {
    String first = importObjective(code(), "2016-12-20");
    String second = importObjective(code(), "2016-12-20");
    String third = importObjective(code(), "2016-12-20");
    person("bonannigiuseppina", IMMEDIATE);
    withoutAddress("vernamarco");
    notifications.set("vernamarco", IMMEDIATE);

    ProcessHarness.today("2017-01-02");
    runDueJobs(first);
    runDueJobs(second);
    postman.sendDue();
    runDueJobs(third);
    postman.sendDue();

    String line = "E-mail: user vernamarco has no e-mail address";
    assertThat(log.getOut().split(line, -1)).as("logged once").hasSize(2);
    assertThat(jdbc.sql("select count(*) from peg_mail_outbox where recipient_id = 'vernamarco' and state = 'NO_ADDRESS'")
        .query(Integer.class).single()).isEqualTo(3);
    assertThat(SMTP.receivedBy("bonannigiuseppina" + DOMAIN)).hasSize(3);
  }

  private List<Integer> attempts() {
    return jdbc.sql("select attempts from peg_mail_outbox where state = 'QUEUED'").query(Integer.class).list();
  }

  private static int warnings(CapturedOutput log) {
    return log.getOut().split(DOWN, -1).length - 1;
  }

  private void withoutAddress(String id) {
    User user = identity.createUserQuery().userId(id).singleResult();
    user.setEmail(null);
    identity.saveUser(user);
  }

  private static void later(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
  }
}
