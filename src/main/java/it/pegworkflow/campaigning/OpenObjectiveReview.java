package it.pegworkflow.campaigning;

import static it.pegworkflow.process.CampaignConstants.*;
import static it.pegworkflow.process.ProcessConstants.MANAGER_ID;
import static it.pegworkflow.process.ProcessConstants.OBJECTIVE_CODE;

import it.pegworkflow.store.CampaignStore;
import it.pegworkflow.store.IndicatorRow;
import it.pegworkflow.store.ObjectiveStore;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Before the Dirigente's review of an objective: the Dirigente asked, what the form shows (the phases'
 * answers and the indicators in force, one line each) and the fields prepared with one line per
 * indicator, so that he writes the values after the numbers. Declared locally: each objective's
 * review stays its own.
 */
@Component
class OpenObjectiveReview implements ExecutionListener {

  private final CampaignStore campaigns;
  private final ObjectiveStore objectives;

  OpenObjectiveReview(CampaignStore campaigns, ObjectiveStore objectives) {
    this.campaigns = campaigns;
    this.objectives = objectives;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long campaignId = (Long) execution.getVariable(CAMPAIGN_ID);
    String code = (String) execution.getVariable(OBJECTIVE_CODE);
    var indicators = objectives.liveIndicators(code);
    execution.setVariableLocal(MANAGER_ID, campaigns.managerId(campaignId, code));
    execution.setVariableLocal(REVIEW_ANSWERS, ReviewLines.answers(campaigns.askedPhases(campaignId, code)));
    execution.setVariableLocal(REVIEW_INDICATORS, indicators.stream()
        .map(i -> i.number() + ". " + i.description() + " (atteso: " + i.expectedValue() + ")")
        .collect(Collectors.joining("\n")));
    execution.setVariableLocal(INDICATOR_VALUES, indicators.stream().map(IndicatorRow::number).map(n -> n + ": ")
        .collect(Collectors.joining("\n")));
    execution.setVariableLocal(INDICATOR_REASONS, "");
    execution.setVariableLocal(PHASE_CORRECTIONS, "");
    execution.setVariableLocal(REVIEW_COMMENT, null);
  }
}
