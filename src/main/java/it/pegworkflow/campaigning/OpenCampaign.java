package it.pegworkflow.campaigning;

import static it.pegworkflow.process.CampaignConstants.*;

import it.pegworkflow.campaign.AskedPhase;
import it.pegworkflow.campaign.PlannedProgress;
import it.pegworkflow.italian.ItalianDates;
import it.pegworkflow.platform.CurrentUser;
import it.pegworkflow.platform.EngineClock;
import it.pegworkflow.process.PlanningCalendar;
import it.pegworkflow.store.CampaignStore;
import it.pegworkflow.store.CampaignStore.AskedObjective;
import it.pegworkflow.store.CampaignStore.PlannedPhase;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Opens the campaign right after the start form (synchronously: a refusal reaches the person who
 * sent it): checks the form, writes the campaign, and asks every running objective in scope and each
 * of its phases started by the reference date (WAITING rows, the plan's progress computed once).
 * The model's multi-instances read who was asked from those rows.
 */
@Component
class OpenCampaign implements JavaDelegate {

  private final CampaignStore store;
  private final PlanningCalendar calendar;
  private final IdentityService identity;
  private final int reminderDays;

  OpenCampaign(CampaignStore store, PlanningCalendar calendar, IdentityService identity,
      @Value("${peg.monitoring.reminder-days:1}") int reminderDays) {
    this.store = store;
    this.calendar = calendar;
    this.identity = identity;
    this.reminderDays = Math.max(0, reminderDays);
  }

  @Override
  public void execute(DelegateExecution execution) {
    CampaignStart start = CampaignStart.read(execution, calendar, store.departments());
    long campaignId = store.open(execution.getProcessInstanceId(), start.referenceDate(), start.answerDeadline(),
        start.scopeColumn(), CurrentUser.of(identity).map(CurrentUser::id).orElse(null), EngineClock.now());
    for (AskedObjective objective : store.runningObjectives(start.departments())) {
      store.askObjective(campaignId, objective);
      for (PlannedPhase phase : store.plannedPhases(objective.code())) {
        if (AskedPhase.asked(phase.state(), phase.plannedStart(), start.referenceDate())) {
          store.askPhase(campaignId, objective.code(), phase.number(), phase.responsibleId(),
              PlannedProgress.at(phase.plannedStart(), phase.plannedEnd(), start.referenceDate()));
        }
      }
    }
    execution.setVariable(CAMPAIGN_ID, campaignId);
    execution.setVariable(REFERENCE_DATE, calendar.startOf(start.referenceDate()));
    execution.setVariable(ANSWER_DEADLINE, calendar.endOf(start.answerDeadline()));
    execution.setVariable(CAMPAIGN_SCOPE, start.scopeColumn());
    execution.setVariable(REFERENCE_DAY, ItalianDates.format(start.referenceDate()));
    // The deadline is the last day to answer: the campaign closes when it is over.
    execution.setVariable(CLOSING_TIME, calendar.startOf(start.answerDeadline().plusDays(1)));
    execution.setVariable(REMINDER_TIME, calendar.startOf(start.answerDeadline().minusDays(reminderDays)));
    execution.setVariable(CLOSED_EARLY, false);
  }
}
