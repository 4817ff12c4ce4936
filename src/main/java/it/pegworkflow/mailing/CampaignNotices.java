package it.pegworkflow.mailing;

import static it.pegworkflow.process.CampaignConstants.*;

import it.pegworkflow.mail.Notices;
import it.pegworkflow.platform.EngineClock;
import it.pegworkflow.platform.TaskCreations;
import it.pegworkflow.process.PegProperties;
import it.pegworkflow.store.MailOutbox;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * A monitoring campaign's questions told like a phase's task (docs/mail.md, docs/campaigns.md): the
 * responsible's stato di avanzamento and the Dirigente's verifica intermedia, once per task, with the
 * deadline. The controllo's «Chiudere la campagna» tells nobody: the controllo started it.
 */
@Component
class CampaignNotices implements TaskCreations {

  private final MailOutbox outbox;
  private final Links links;
  private final PegProperties peg;

  CampaignNotices(MailOutbox outbox, Links links, PegProperties peg) {
    this.outbox = outbox;
    this.links = links;
    this.peg = peg;
  }

  @Override
  public String processKey() {
    return CAMPAIGN_PROCESS_KEY;
  }

  @Override
  public void created(DelegateTask task) {
    String key = task.getTaskDefinitionKey();
    if (!TASK_REPORT_PROGRESS.equals(key) && !TASK_REVIEW_OBJECTIVE.equals(key) || task.getDueDate() == null) {
      return;
    }
    var notice = Notices.campaignQuestion(task.getName(), task.getDueDate().toInstant().atZone(peg.timeZone()).toLocalDate(),
        links.task(task.getProcessEngine().getName(), task.getId()));
    Instant now = EngineClock.now();
    for (String recipient : Recipients.of(task)) {
      outbox.queue("CAMPAIGN/" + task.getId() + "/" + recipient, recipient, notice, now);
    }
  }
}
