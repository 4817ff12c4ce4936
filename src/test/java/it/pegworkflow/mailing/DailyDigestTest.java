package it.pegworkflow.mailing;

import static it.pegworkflow.mail.Frequency.NONE;
import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.mailing.MailServer.Received;
import it.pegworkflow.process.ProcessHarness;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

/** Whoever chose nothing gets one e-mail a day, at 07:00, with what came since the last one. */
class DailyDigestTest extends MailTest {

  @Test
  void oneDigestADayCarriesWhatCameBeforeIt() {
    String first = code();
    String second = code();
    String a = importObjective(first, "2016-12-20");
    String b = importObjective(second, "2016-12-20");
    for (String person : new String[] {"vernamarco", "bonannigiuseppina"}) {
      person(person, null);
    }
    person("delmorosandra", NONE);

    ProcessHarness.today("2017-01-02");
    runDueJobs(a);
    runDueJobs(b);
    assertThat(postman.sendDue()).as("no digest before 07:00 of the next day").isZero();
    at("2017-01-03T06:59");
    assertThat(postman.sendDue()).isZero();
    assertThat(SMTP.received()).isEmpty();

    at("2017-01-03T07:00");
    assertThat(postman.sendDue()).as("one for Verna, one for Bonanni, none for Del Moro").isEqualTo(2);
    Received digest = SMTP.receivedBy("vernamarco" + DOMAIN).get(0);
    assertThat(SMTP.receivedBy("vernamarco" + DOMAIN)).hasSize(1);
    assertThat(digest.subject()).isEqualTo("PEG – Riepilogo del 03/01/2017: 2 avvisi");
    assertThat(digest.text()).contains("ecco gli avvisi di PEG Workflow dall'ultimo riepilogo (2 avvisi)")
        .contains("1. Fase da completare: «").contains("2. Fase da completare: «")
        .contains("(" + first + ")").contains("(" + second + ")")
        .contains(link(phaseTaskOf(a))).contains(link(phaseTaskOf(b)));
    assertThat(digest.html()).contains("<ol>").contains("<a href=\"" + link(phaseTaskOf(a)) + "\">");
    assertThat(SMTP.receivedBy("bonannigiuseppina" + DOMAIN)).hasSize(1);
    assertThat(SMTP.receivedBy("delmorosandra" + DOMAIN)).isEmpty();
    assertThat(jdbc.sql("select count(*) from peg_mail_outbox where recipient_id = 'delmorosandra' and state = 'NOT_WANTED'")
        .query(Integer.class).single()).isEqualTo(2);
    assertThat(postman.sendDue()).as("the day's digest went").isZero();

    // A third objective's phases open after the digest: they wait for the next day's.
    at("2017-01-03T08:00");
    String third = code();
    String c = objectiveImport.importSheet(ProcessHarness.realSheet(third).getBytes(StandardCharsets.UTF_8)).get(0)
        .processInstanceId();
    runDueJobs(c);
    at("2017-01-03T23:00");
    assertThat(postman.sendDue()).isZero();
    at("2017-01-04T07:01");
    assertThat(postman.sendDue()).isEqualTo(2);
    Received next = SMTP.receivedBy("vernamarco" + DOMAIN).get(1);
    assertThat(next.subject()).isEqualTo("PEG – Riepilogo del 04/01/2017: 1 avviso");
    assertThat(next.text()).contains("(" + third + ")").doesNotContain("(" + first + ")");
    at("2017-01-05T07:01");
    assertThat(postman.sendDue()).as("nothing new, no e-mail").isZero();
    assertThat(SMTP.received()).hasSize(4);
  }

  private String phaseTaskOf(String instance) {
    return tasks.createTaskQuery().processInstanceId(instance).taskAssignee("vernamarco").singleResult().getId();
  }

  private static void at(String localDateTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(ProcessHarness.ROME).toInstant()));
  }
}
