package it.pegworkflow.model;

import static it.pegworkflow.process.CampaignConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The campaign's model on a plain engine, its beans replaced by doubles: who is asked comes from
 * {@link #asked}; each branch (everyone answers, the reminder, the deadline, the early close, an
 * objective with no phase to ask) from where it begins.
 */
@Deployment(resources = {"processes/MonitoringCampaign.bpmn", "processes/CampaignStart.form", "processes/CampaignProgress.form",
    "processes/CampaignReview.form", "processes/CampaignClose.form"})
class MonitoringCampaignModelTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder().configurationResource("model-engine.cfg.xml").build();

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");

  ProcessEngine engine;
  /** The objectives asked and the numbers of their phases asked. */
  Map<String, List<Integer>> asked = Map.of("OB1", List.of(1, 2), "OB2", List.of(3));
  final List<String> closes = new ArrayList<>();
  final List<String> reminders = new ArrayList<>();

  /** What the model's multi-instances call: the real one reads our rows. */
  public class AskedDouble {
    public List<String> codes(Long campaignId) {
      return List.copyOf(asked.keySet()).stream().sorted().toList();
    }

    public List<Integer> phases(Long campaignId, String code) {
      return asked.get(code);
    }
  }

  @BeforeEach
  void doubles() {
    engine = extension.getProcessEngine();
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 7, 1)));
    TaskListener nothing = task -> { };
    Mocks.register("openCampaign", (JavaDelegate) execution -> {
      execution.setVariable(CAMPAIGN_ID, 1L);
      execution.setVariable(REFERENCE_DAY, "30/06/2026");
      execution.setVariable(ANSWER_DEADLINE, at(LocalDate.of(2026, 7, 15)));
      execution.setVariable(REMINDER_TIME, at(LocalDate.of(2026, 7, 14)));
      execution.setVariable(CLOSING_TIME, at(LocalDate.of(2026, 7, 16)));
      execution.setVariable(CLOSED_EARLY, false);
    });
    Mocks.register("campaignObjectives", new AskedDouble());
    Mocks.register("openProgressReport", (ExecutionListener) execution ->
        execution.setVariableLocal(RESPONSIBLE_ID, "responsabile" + execution.getVariable("phaseNumber")));
    Mocks.register("openObjectiveReview", (ExecutionListener) execution ->
        execution.setVariableLocal("managerId", "dirigente" + execution.getVariable("objectiveCode")));
    Mocks.register("nameCampaignTask", nothing);
    Mocks.register("answerProgress", nothing);
    Mocks.register("reviewObjective", nothing);
    Mocks.register("closeCampaignEarly", (TaskListener) task -> task.getExecution().getProcessInstance().setVariable(CLOSED_EARLY, true));
    Mocks.register("closeCampaign", (JavaDelegate) execution -> closes.add("early=" + execution.getVariable(CLOSED_EARLY)));
    Mocks.register("remindCampaign", (JavaDelegate) execution -> reminders.add("reminded"));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void eachDirigenteReviewsOnceHisPhasesAnsweredAndTheCampaignClosesWhenAllIsDone() {
    ProcessInstance campaign = start();
    assertThat(assignees(TASK_REPORT_PROGRESS)).containsExactlyInAnyOrder("responsabile1", "responsabile2", "responsabile3");
    assertThat(assignees(TASK_CLOSE_CAMPAIGN)).containsExactly((String) null);

    complete(task(TASK_REPORT_PROGRESS, "responsabile1"));
    assertThat(assignees(TASK_REVIEW_OBJECTIVE)).as("OB1 still waits for its phase 2").isEmpty();
    complete(task(TASK_REPORT_PROGRESS, "responsabile3"));
    assertThat(assignees(TASK_REVIEW_OBJECTIVE)).containsExactly("dirigenteOB2");
    complete(task(TASK_REPORT_PROGRESS, "responsabile2"));
    assertThat(assignees(TASK_REVIEW_OBJECTIVE)).containsExactlyInAnyOrder("dirigenteOB1", "dirigenteOB2");

    complete(task(TASK_REVIEW_OBJECTIVE, "dirigenteOB1"));
    complete(task(TASK_REVIEW_OBJECTIVE, "dirigenteOB2"));
    runDueJobs(campaign);

    assertThat(closes).containsExactly("early=false");
    assertThat(engine.getTaskService().createTaskQuery().count()).as("the close task goes too").isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void theReminderTheDayBeforeLeavesEveryQuestionOpen() {
    ProcessInstance campaign = start();
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 7, 14)));
    runDueJobs(campaign);

    assertThat(reminders).containsExactly("reminded");
    assertThat(assignees(TASK_REPORT_PROGRESS)).hasSize(3);
    assertThat(closes).isEmpty();
  }

  @Test
  void atTheDeadlineTheCampaignClosesWithWhatIsOpen() {
    ProcessInstance campaign = start();
    complete(task(TASK_REPORT_PROGRESS, "responsabile3"));
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 7, 16)));
    runDueJobs(campaign);

    assertThat(closes).containsExactly("early=false");
    assertThat(reminders).as("the reminder's time had come too").containsExactly("reminded");
    assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void theControlloClosesItEarly() {
    ProcessInstance campaign = start();
    complete(engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_CLOSE_CAMPAIGN).singleResult());
    runDueJobs(campaign);

    assertThat(closes).containsExactly("early=true");
    assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
    assertThat(engine.getManagementService().createJobQuery().count()).as("no timer left").isZero();
  }

  @Test
  void anObjectiveWithoutPhasesToAskGoesStraightToItsDirigente() {
    asked = Map.of("OB3", List.of());
    start();
    assertThat(assignees(TASK_REPORT_PROGRESS)).isEmpty();
    assertThat(assignees(TASK_REVIEW_OBJECTIVE)).containsExactly("dirigenteOB3");
  }

  private ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey(CAMPAIGN_PROCESS_KEY);
  }

  private List<String> assignees(String taskKey) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).list().stream().map(Task::getAssignee).toList();
  }

  private Task task(String taskKey, String assignee) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).taskAssignee(assignee).singleResult();
  }

  private void complete(Task task) {
    engine.getTaskService().complete(task.getId());
  }

  private void runDueJobs(ProcessInstance campaign) {
    for (int run = 0; run < 50; run++) {
      List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(campaign.getId()).executable()
          .orderByJobDuedate().asc().listPage(0, 1);
      if (due.isEmpty()) {
        return;
      }
      engine.getManagementService().executeJob(due.get(0).getId());
    }
  }

  private static Date at(LocalDate day) {
    return Date.from(day.atTime(12, 0).atZone(ROME).toInstant());
  }
}
