package it.pegworkflow.campaigning;

import static it.pegworkflow.process.CampaignConstants.TASK_REPORT_PROGRESS;
import static it.pegworkflow.process.CampaignConstants.TASK_REVIEW_OBJECTIVE;

import it.pegworkflow.platform.EngineClock;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The reminder before the deadline: every question still open gets a high priority and a follow-up
 * date of today, so Tasklist puts it on top and under «Da riprendere» (docs/campaigns.md).
 */
@Component
class RemindCampaign implements JavaDelegate {

  static final int REMINDED_PRIORITY = 80;

  @Override
  public void execute(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKeyIn(TASK_REPORT_PROGRESS, TASK_REVIEW_OBJECTIVE).list().forEach(task -> {
          task.setPriority(REMINDED_PRIORITY);
          task.setFollowUpDate(Date.from(EngineClock.now()));
          tasks.saveTask(task);
        });
  }
}
