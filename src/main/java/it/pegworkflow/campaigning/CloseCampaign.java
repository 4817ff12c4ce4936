package it.pegworkflow.campaigning;

import static it.pegworkflow.process.CampaignConstants.CAMPAIGN_ID;
import static it.pegworkflow.process.CampaignConstants.CLOSED_EARLY;

import it.pegworkflow.platform.EngineClock;
import it.pegworkflow.store.CampaignStore;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The close (at the deadline, early by the controllo, or when everyone answered): the campaign is
 * CLOSED and whatever is still waiting is non pervenuto (MISSING), phases and Dirigenti alike.
 */
@Component
class CloseCampaign implements JavaDelegate {

  private final CampaignStore store;

  CloseCampaign(CampaignStore store) {
    this.store = store;
  }

  @Override
  public void execute(DelegateExecution execution) {
    store.close((Long) execution.getVariable(CAMPAIGN_ID), Boolean.TRUE.equals(execution.getVariable(CLOSED_EARLY)),
        EngineClock.now());
  }
}
