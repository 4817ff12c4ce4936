package it.pegworkflow.campaigning;

import static it.pegworkflow.process.CampaignConstants.CLOSED_EARLY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The controllo di gestione closes the campaign before its deadline: the close says so. */
@Component
class CloseCampaignEarly implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().getProcessInstance().setVariable(CLOSED_EARLY, true);
  }
}
