package it.pegworkflow.mailing;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.italian.ItalianNumbers;
import it.pegworkflow.mail.Notice;
import it.pegworkflow.mail.Notices;
import it.pegworkflow.platform.EngineClock;
import it.pegworkflow.platform.TaskCreations;
import it.pegworkflow.process.PegProperties;
import it.pegworkflow.store.MailOutbox;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The notices a new task of the objective's process means, queued in the engine's transaction (a
 * task that is rolled back told nobody). Which task means what, in one place (docs/mail.md):
 * <ul>
 *   <li>a phase's task: «fase da completare» to its responsible, once per phase (the key is the
 *       phase, not the task: a phase whose task is created again is not announced again);
 *   <li>the late-phase warning: «fase in ritardo» to the Dirigente and to the phase's responsible;
 *   <li>an indicator's task: «indicatore da rilevare», or «rendicontazione rinviata» when the
 *       Nucleo's last word ({@code validationApproved}) is no (the whole report sent back): see
 *       {@link #sentBack};
 *   <li>the revision of one indicator or one phase the Nucleo sent back: «rendicontazione rinviata»
 *       to the Dirigente, with the Nucleo's reason;
 *   <li>the justification: «scostamento da motivare»; the validation: «rendicontazione da
 *       validare» to every member of the Nucleo (the task's candidate groups).
 * </ul>
 * A task of a kind not listed tells nobody.
 */
@Component
class TaskNotices implements TaskCreations {

  private static final Logger LOG = LoggerFactory.getLogger(TaskNotices.class);

  private final MailOutbox outbox;
  private final Links links;
  private final ZoneId zone;

  TaskNotices(MailOutbox outbox, Links links, PegProperties peg) {
    this.outbox = outbox;
    this.links = links;
    this.zone = peg.timeZone();
  }

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  /**
   * A notice that cannot be written (a variable the model no longer sets) is a WARN, never a task that
   * fails to be created; a failure of the database is the transaction's, and fails with it.
   */
  @Override
  public void created(DelegateTask task) {
    try {
      notices(task);
    } catch (DataAccessException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.warn("E-mail: no notice queued for task {} ({}) of instance {}: {}", task.getId(), task.getTaskDefinitionKey(),
          task.getProcessInstanceId(), e.toString());
    }
  }

  /**
   * A phase's task given to another person (a variation's new responsible): told like at the phase's
   * opening; the key has the recipient, so whoever had it already is not told again.
   */
  @Override
  public void reassigned(DelegateTask task) {
    if (TASK_COMPLETE_PHASE.equals(task.getTaskDefinitionKey()) && task.getAssignee() != null) {
      created(task);
    }
  }

  private void notices(DelegateTask task) {
    String objective = (String) task.getVariable(OBJECTIVE_CODE);
    String link = links.task(task.getProcessEngine().getName(), task.getId());
    String instance = task.getProcessInstanceId();
    switch (task.getTaskDefinitionKey()) {
      // A phase's task exists only before the reporting starts, so it is never a send-back.
      case TASK_COMPLETE_PHASE -> queue(task, "PHASE_OPENED/" + instance + "/" + task.getVariable(PHASE_NUMBER),
          Notices.phaseOpened((String) task.getVariable(PHASE_NAME), objective, day(task.getDueDate()), link));
      case TASK_REVISE_PHASE -> queueSentBack(task, PHASE_NUMBER, objective, link);
      case TASK_REVISE_INDICATOR -> queueSentBack(task, INDICATOR_NUMBER, objective, link);
      case TASK_URGE_LATE_PHASE -> late(task, objective, link);
      case TASK_RECORD_INDICATOR -> {
        if (sentBack(task)) {
          queueSentBack(task, INDICATOR_NUMBER, objective, link);
        } else {
          queue(task, "INDICATOR_TO_RECORD/" + task.getId(), Notices.indicatorToRecord(
              (String) task.getVariable(INDICATOR_DESCRIPTION), (String) task.getVariable(INDICATOR_EXPECTED), objective, link));
        }
      }
      case TASK_JUSTIFY_DEVIATION -> queue(task, "JUSTIFICATION_ASKED/" + task.getId(),
          Notices.justificationAsked(objective, score(task), (String) task.getVariable(BAND), link));
      case TASK_VALIDATE_REPORT -> queue(task, "VALIDATION_WAITING/" + task.getId(),
          Notices.validationWaiting(objective, score(task), (String) task.getVariable(BAND), link));
      default -> {
        // a task no notice is written for
      }
    }
  }

  /**
   * The Nucleo sent the report back: its last word is no. The task the Dirigente gets again is then
   * a «rendicontazione rinviata», with the Nucleo's reason, not a first request. (When the model
   * sends back one phase or one indicator, this rule stays: whatever phase or indicator task is
   * created while the last validation said no is a send-back.)
   */
  private static boolean sentBack(DelegateTask task) {
    return Boolean.FALSE.equals(task.getVariable(VALIDATION_APPROVED));
  }

  /**
   * One send-back notice per phase or indicator and validation round: a task made again in the same
   * round (a phase's progress update) is not a new send-back. The round is the number of validation
   * tasks so far; the one that just said no was created in an earlier transaction, so it is counted.
   */
  private static String sentBackKey(DelegateTask task, String numberVariable) {
    long round = task.getProcessEngineServices().getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).taskDefinitionKey(TASK_VALIDATE_REPORT).count();
    return "SENT_BACK/" + task.getProcessInstanceId() + "/" + round + "/" + task.getTaskDefinitionKey() + "/"
        + task.getVariable(numberVariable);
  }

  /** «Rendicontazione rinviata», with the Nucleo's reason, for the phase or indicator the task names. */
  private void queueSentBack(DelegateTask task, String numberVariable, String objective, String link) {
    queue(task, sentBackKey(task, numberVariable), Notices.sentBack(task.getName(), objective, reason(task), link));
  }

  private static String reason(DelegateTask task) {
    Object reason = task.getVariable(VALIDATION_REASON);
    return reason == null || reason.toString().isBlank() ? "nessun motivo indicato" : reason.toString();
  }

  /** To the Dirigente (the warning's assignee) and to the responsible, with the link to the phase's own task. */
  private void late(DelegateTask task, String objective, String link) {
    String phase = (String) task.getVariable(PHASE_NAME);
    LocalDate due = day((Date) task.getVariable(PHASE_DUE_DATE));
    String key = "LATE/" + task.getProcessInstanceId() + "/" + task.getVariable(PHASE_NUMBER) + "/";
    Instant now = EngineClock.now();
    for (String manager : Recipients.of(task)) {
      outbox.queue(key + manager, manager,
          Notices.lateToManager(phase, objective, (String) task.getVariable(PHASE_RESPONSIBLE), due, link), now);
    }
    String responsible = (String) task.getVariable(PHASE_ASSIGNEE);
    if (responsible != null) {
      String phaseLink = Recipients.phaseTask(task)
          .map(id -> links.task(task.getProcessEngine().getName(), id)).orElse(link);
      outbox.queue(key + responsible, responsible, Notices.lateToResponsible(phase, objective, due, phaseLink), now);
    }
  }

  private void queue(DelegateTask task, String key, Notice notice) {
    Instant now = EngineClock.now();
    for (String recipient : Recipients.of(task)) {
      outbox.queue(key + "/" + recipient, recipient, notice, now);
    }
  }

  private LocalDate day(Date date) {
    return date == null ? null : date.toInstant().atZone(zone).toLocalDate();
  }

  private static String score(DelegateTask task) {
    Object score = task.getVariable(OBJECTIVE_SCORE);
    return score instanceof Number number ? ItalianNumbers.decimal(new BigDecimal(number.toString())) : String.valueOf(score);
  }
}
