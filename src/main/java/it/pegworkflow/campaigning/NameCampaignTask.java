package it.pegworkflow.campaigning;

import static it.pegworkflow.process.CampaignConstants.*;
import static it.pegworkflow.process.ProcessConstants.OBJECTIVE_CODE;
import static it.pegworkflow.process.ProcessConstants.PHASE_NAME;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * In a list of tasks a person needs to know which date, which phase, which objective: «Stato di
 * avanzamento al 30/06/2026: «phase» (code)», «Verifica intermedia al 30/06/2026: obiettivo code».
 */
@Component
class NameCampaignTask implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String day = (String) task.getVariable(REFERENCE_DAY);
    String code = (String) task.getVariable(OBJECTIVE_CODE);
    switch (task.getTaskDefinitionKey()) {
      case TASK_REPORT_PROGRESS -> task.setName("Stato di avanzamento al " + day + ": «"
          + shortened((String) task.getVariable(PHASE_NAME)) + "» (" + code + ")");
      case TASK_REVIEW_OBJECTIVE -> task.setName("Verifica intermedia al " + day + " dell'obiettivo " + code);
      case TASK_CLOSE_CAMPAIGN -> task.setName("Chiudere la campagna di monitoraggio al " + day);
      default -> { }
    }
  }

  /** Camunda keeps task names up to 255 characters; phase names can be long paragraphs. */
  private static String shortened(String subject) {
    return subject.length() <= 180 ? subject : subject.substring(0, 179) + "…";
  }
}
