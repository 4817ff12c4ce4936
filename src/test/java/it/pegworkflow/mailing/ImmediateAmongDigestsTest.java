package it.pegworkflow.mailing;

import static it.pegworkflow.mail.Frequency.IMMEDIATE;
import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.process.ProcessHarness;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A round claims a limited number of rows: the day's digest rows, not yet due, must not take the
 * places of the notices of people who want them at once.
 */
@TestPropertySource(properties = "peg.mail.batch-size=2")
class ImmediateAmongDigestsTest extends MailTest {

  @Test
  void digestRowsNotYetDueNeverHoldBackAnImmediateNotice() {
    String instance = importObjective(code(), "2016-12-20");
    person("bonannigiuseppina", null);
    person("delmorosandra", null);
    person("vernamarco", IMMEDIATE);

    ProcessHarness.today("2017-01-02");
    runDueJobs(instance);

    // rows by recipient: Bonanni's and Del Moro's (tomorrow's digest) come before Verna's
    assertThat(postman.sendDue()).isEqualTo(1);
    assertThat(SMTP.received()).extracting(MailServer.Received::to).containsExactly("vernamarco" + DOMAIN);
  }
}
