package it.pegworkflow.mailing;

import it.pegworkflow.mail.Backoff;
import it.pegworkflow.mail.Frequency;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The e-mail settings ({@code peg.mail.*}, docs/mail.md). The SMTP server itself is Spring Boot's
 * {@code spring.mail.*}: without {@code spring.mail.host} the messages are written to the log.
 *
 * @param baseUrl where people reach the application: links to Tasklist start with it
 * @param from the sender of every message
 * @param defaultFrequency for whoever chose none
 * @param digestTime when the daily digest leaves, in the city's zone ({@code peg.time-zone})
 * @param dueSoonDays how many days before a phase's planned end its responsible is reminded
 * @param sending whether this node sends (and reminds) on its own schedule; off, nothing leaves
 * @param pollInterval how often the outbox is looked at
 * @param reminderInterval how often open phases are looked at for their planned end
 * @param lease how long a node may hold rows it claimed before another may take them over
 * @param retryFirst the wait after the first failed attempt, doubled after each further one
 * @param retryMax the longest wait between attempts
 * @param batchSize the most rows a node claims in one round
 */
@ConfigurationProperties("peg.mail")
public record MailSettings(
    @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue("PEG Workflow <peg@localhost>") String from,
    @DefaultValue("DAILY_DIGEST") Frequency defaultFrequency,
    @DefaultValue("07:00") String digestTime,
    @DefaultValue("7") int dueSoonDays,
    @DefaultValue("true") boolean sending,
    @DefaultValue("30s") Duration pollInterval,
    @DefaultValue("15m") Duration reminderInterval,
    @DefaultValue("5m") Duration lease,
    @DefaultValue("1m") Duration retryFirst,
    @DefaultValue("1h") Duration retryMax,
    @DefaultValue("2000") int batchSize) {

  public MailSettings {
    if (batchSize < 1) {
      throw new IllegalArgumentException("peg.mail.batch-size must be at least 1");
    }
    if (dueSoonDays < 1) {
      throw new IllegalArgumentException("peg.mail.due-soon-days must be at least 1");
    }
    LocalTime.parse(digestTime);
    new Backoff(retryFirst, retryMax);
  }

  LocalTime digestAt() {
    return LocalTime.parse(digestTime);
  }

  Backoff backoff() {
    return new Backoff(retryFirst, retryMax);
  }
}
