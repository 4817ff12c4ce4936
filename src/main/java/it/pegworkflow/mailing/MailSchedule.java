package it.pegworkflow.mailing;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Every node sends the outbox and looks for phases due soon on its own thread, from the moment the
 * application is up until it stops ({@code peg.mail.sending}: off, this node sends nothing). A
 * round that fails (the database gone for a moment) is logged and the next one tries again.
 */
@Component
class MailSchedule implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(MailSchedule.class);

  private final Postman postman;
  private final DueSoonReminders reminders;
  private final MailSettings settings;
  private final MailTransport transport;
  private ThreadPoolTaskScheduler scheduler;

  MailSchedule(Postman postman, DueSoonReminders reminders, MailSettings settings, MailTransport transport) {
    this.postman = postman;
    this.reminders = reminders;
    this.settings = settings;
    this.transport = transport;
  }

  @Override
  public synchronized void start() {
    if (!settings.sending()) {
      LOG.info("E-mail: this node sends nothing (peg.mail.sending=false)");
      return;
    }
    scheduler = new ThreadPoolTaskScheduler();
    scheduler.setThreadNamePrefix("peg-mail-");
    scheduler.setPoolSize(1);
    // a stop lets the round under way finish (marking what it sent), rather than cut it
    scheduler.setWaitForTasksToCompleteOnShutdown(true);
    scheduler.setAwaitTerminationSeconds(30);
    scheduler.initialize();
    // the first round after one interval: the application's own start-up (the demo's users) comes first
    Instant first = Instant.now().plus(settings.pollInterval());
    scheduler.scheduleWithFixedDelay(() -> safely("reminding", () -> reminders.remind()), first, settings.reminderInterval());
    scheduler.scheduleWithFixedDelay(() -> safely("sending", () -> postman.sendDue()), first, settings.pollInterval());
    LOG.info("E-mail: notices go to {}, the outbox is looked at every {}", transport.describe(), settings.pollInterval());
    if (transport instanceof SmtpTransport && settings.baseUrl().contains("//localhost")) {
      LOG.warn("E-mail: the links in the e-mails start with {}, which opens only on this server: set PEG_BASE_URL"
          + " (peg.mail.base-url) to the address people use", settings.baseUrl());
    }
  }

  private static void safely(String what, Runnable round) {
    try {
      round.run();
    } catch (RuntimeException e) {
      LOG.warn("E-mail: {} failed this round, the next one tries again: {}", what, e.toString());
    }
  }

  @Override
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdown();
      scheduler = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return scheduler != null;
  }
}
