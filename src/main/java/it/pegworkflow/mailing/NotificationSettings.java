package it.pegworkflow.mailing;

import it.pegworkflow.mail.Frequency;
import it.pegworkflow.store.MailPreferences;
import org.springframework.stereotype.Component;

/**
 * A person's choice of how often to be told (docs/mail.md). It is read when the outbox is sent, so a
 * change applies to what is still queued: NONE drops it, IMMEDIATE sends it at the next round.
 */
@Component
public class NotificationSettings {

  private final MailPreferences preferences;
  private final MailSettings settings;

  NotificationSettings(MailPreferences preferences, MailSettings settings) {
    this.preferences = preferences;
    this.settings = settings;
  }

  /** What {@code userId} chose, or the default. */
  public Choice of(String userId) {
    return preferences.of(userId).map(f -> new Choice(f, true)).orElse(new Choice(settings.defaultFrequency(), false));
  }

  public void set(String userId, Frequency frequency) {
    preferences.set(userId, frequency);
  }

  /** A frequency, and whether the person chose it ({@code false}: the default). */
  public record Choice(Frequency frequency, boolean chosen) {}
}
