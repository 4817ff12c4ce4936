package it.pegworkflow.mailing;

import static it.pegworkflow.process.CampaignConstants.*;
import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.mail.Notices;
import it.pegworkflow.platform.EngineClock;
import it.pegworkflow.process.PegProperties;
import it.pegworkflow.store.MailOutbox;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * «Fase in scadenza»: an open phase whose planned end is at most {@code peg.mail.due-soon-days}
 * away reminds its responsible, once per phase; so does a monitoring campaign's question not yet
 * answered {@code peg.monitoring.reminder-days} before its deadline, when the campaign urges it in
 * Tasklist too («Promemoria», once per task and person). Time passing is no engine event: the open phases
 * are looked at every {@code peg.mail.reminder-interval} (by every node: the outbox's key keeps it
 * once), with the engine's clock.
 */
@Component
public class DueSoonReminders {

  private final ProcessEngine engine;
  private final MailOutbox outbox;
  private final Links links;
  private final MailSettings settings;
  private final ZoneId zone;
  private final int campaignReminderDays;

  DueSoonReminders(ProcessEngine engine, MailOutbox outbox, Links links, MailSettings settings, PegProperties peg,
      @Value("${peg.monitoring.reminder-days:1}") int campaignReminderDays) {
    this.campaignReminderDays = campaignReminderDays;
    this.engine = engine;
    this.outbox = outbox;
    this.links = links;
    this.settings = settings;
    this.zone = peg.timeZone();
  }

  /** Queues the reminders now due; returns how many were queued. */
  public int remind() {
    Instant now = EngineClock.now();
    LocalDate today = now.atZone(zone).toLocalDate();
    var tasks = engine.getTaskService();
    List<Task> dueSoon = tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).taskDefinitionKey(TASK_COMPLETE_PHASE)
        .dueAfter(Date.from(now)).dueBefore(Date.from(now.plus(Duration.ofDays(settings.dueSoonDays())))).list();
    int queued = 0;
    for (Task task : dueSoon) {
      if (task.getAssignee() == null) {
        continue;
      }
      var variables = tasks.getVariables(task.getId(), List.of(PHASE_NUMBER, PHASE_NAME, OBJECTIVE_CODE));
      LocalDate due = task.getDueDate().toInstant().atZone(zone).toLocalDate();
      String key = "DUE_SOON/" + task.getProcessInstanceId() + "/" + variables.get(PHASE_NUMBER) + "/" + task.getAssignee();
      try {
        if (outbox.queue(key, task.getAssignee(), Notices.dueSoon((String) variables.get(PHASE_NAME),
            (String) variables.get(OBJECTIVE_CODE), due, ChronoUnit.DAYS.between(today, due),
            links.task(engine.getName(), task.getId())), now)) {
          queued++;
        }
      } catch (DuplicateKeyException anotherNodeFirst) {
        // the other node queued it in the same moment
      }
    }
    return queued + remindCampaignQuestions(now, today);
  }

  private int remindCampaignQuestions(Instant now, LocalDate today) {
    var tasks = engine.getTaskService();
    List<Task> dueSoon = tasks.createTaskQuery().processDefinitionKey(CAMPAIGN_PROCESS_KEY)
        .taskDefinitionKeyIn(TASK_REPORT_PROGRESS, TASK_REVIEW_OBJECTIVE)
        .dueAfter(Date.from(now)).dueBefore(Date.from(now.plus(Duration.ofDays(campaignReminderDays)))).list();
    int queued = 0;
    for (Task task : dueSoon) {
      if (task.getAssignee() == null) {
        continue;
      }
      LocalDate due = task.getDueDate().toInstant().atZone(zone).toLocalDate();
      try {
        if (outbox.queue("CAMPAIGN_DUE_SOON/" + task.getId() + "/" + task.getAssignee(), task.getAssignee(),
            Notices.campaignDueSoon(task.getName(), due, ChronoUnit.DAYS.between(today, due),
                links.task(engine.getName(), task.getId())), now)) {
          queued++;
        }
      } catch (DuplicateKeyException anotherNodeFirst) {
        // the other node queued it in the same moment
      }
    }
    return queued;
  }
}
