package it.pegworkflow.campaigning;

import static it.pegworkflow.process.CampaignConstants.*;
import static it.pegworkflow.process.ProcessConstants.OBJECTIVE_CODE;
import static it.pegworkflow.process.ProcessConstants.PHASE_NAME;
import static it.pegworkflow.process.ProcessConstants.PHASE_NUMBER;
import static it.pegworkflow.process.ProcessConstants.PHASE_PLANNED;

import it.pegworkflow.italian.ItalianDates;
import it.pegworkflow.store.CampaignStore;
import it.pegworkflow.store.CampaignStore.PlannedPhase;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Before a phase's question is created: who answers it (the responsible kept in the campaign's row),
 * what the form shows (the phase, its planned period, the plan's progress at the reference date),
 * and the answer's variables declared here, so each answer stays with its phase in the history and
 * parallel answers never overwrite each other.
 */
@Component
class OpenProgressReport implements ExecutionListener {

  private final CampaignStore store;

  OpenProgressReport(CampaignStore store) {
    this.store = store;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long campaignId = (Long) execution.getVariable(CAMPAIGN_ID);
    String code = (String) execution.getVariable(OBJECTIVE_CODE);
    int number = (Integer) execution.getVariable(PHASE_NUMBER);
    var asked = store.askedPhase(campaignId, code, number);
    PlannedPhase phase = store.plannedPhases(code).stream().filter(p -> p.number() == number).findFirst().orElseThrow();
    execution.setVariableLocal(RESPONSIBLE_ID, asked.responsibleId());
    execution.setVariableLocal(PHASE_NAME, phase.name());
    execution.setVariableLocal(PHASE_PLANNED, ItalianDates.format(phase.plannedStart()) + " – "
        + ItalianDates.format(phase.plannedEnd()));
    execution.setVariableLocal(PLANNED_PROGRESS, asked.plannedProgress().stripTrailingZeros().toPlainString().replace('.', ',') + " %");
    for (String answer : new String[] {PROGRESS_COMPLETION, PROGRESS_FORECAST_END, PROGRESS_CRITICALITY, PROGRESS_NOTE,
        PROGRESS_PROPOSAL}) {
      execution.setVariableLocal(answer, null);
    }
  }
}
