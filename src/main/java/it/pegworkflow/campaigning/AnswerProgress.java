package it.pegworkflow.campaigning;

import static it.pegworkflow.process.CampaignConstants.*;
import static it.pegworkflow.process.ProcessConstants.OBJECTIVE_CODE;
import static it.pegworkflow.process.ProcessConstants.PHASE_NUMBER;

import it.pegworkflow.platform.CurrentUser;
import it.pegworkflow.platform.EngineClock;
import it.pegworkflow.process.PlanningCalendar;
import it.pegworkflow.store.CampaignStore;
import it.pegworkflow.store.CampaignStore.Progress;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The responsible's answer on a phase: completion at the reference date 0..100, the expected end, the
 * criticità, a note and a proposta di variazione (both optional). Kept in peg_campaign_phase as
 * ANSWERED; the phase itself (peg_phase, the objective's process) is not touched.
 */
@Component
class AnswerProgress implements TaskListener {

  static final int MAX_TEXT = 4000;

  private final CampaignStore store;
  private final PlanningCalendar calendar;

  AnswerProgress(CampaignStore store, PlanningCalendar calendar) {
    this.store = store;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    CampaignInput input = new CampaignInput(task, calendar);
    BigDecimal completion = input.percentage(PROGRESS_COMPLETION, "Completamento alla data di riferimento (%)");
    LocalDate forecastEnd = input.date(PROGRESS_FORECAST_END, "Fine prevista", true);
    String criticality = input.criticality(PROGRESS_CRITICALITY, "Criticità");
    String note = input.text(PROGRESS_NOTE, "Nota", false, MAX_TEXT);
    String proposal = input.text(PROGRESS_PROPOSAL, "Proposta di variazione", false, MAX_TEXT);
    store.answerPhase((Long) task.getVariable(CAMPAIGN_ID), (String) task.getVariable(OBJECTIVE_CODE),
        (Integer) task.getVariable(PHASE_NUMBER), new Progress(completion, forecastEnd, criticality, emptyAsNull(note)),
        emptyAsNull(proposal), person(task), EngineClock.now());
    // Canonical values in the history too: what the campaign's rows say.
    task.setVariable(PROGRESS_COMPLETION, completion.doubleValue());
    task.setVariable(PROGRESS_FORECAST_END, calendar.startOf(forecastEnd));
    task.setVariable(PROGRESS_CRITICALITY, criticality);
  }

  /** Who sent it: the signed-in person, or the assignee when the application completes it. */
  static String person(DelegateTask task) {
    return CurrentUser.of(task.getProcessEngineServices().getIdentityService()).map(CurrentUser::id)
        .orElse(task.getAssignee());
  }

  static String emptyAsNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
