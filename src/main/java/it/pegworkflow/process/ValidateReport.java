package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The Nucleo's word: approved or not, and a reason required when it sends the report back. Both are
 * written back canonical (a boolean, a text, empty when none): an approval clears an earlier reason.
 */
@Component("validateReport")
class ValidateReport implements TaskListener {

  private final PlanningCalendar calendar;

  ValidateReport(PlanningCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = new TaskInput(task, calendar);
    boolean approved = input.yesOrNo(VALIDATION_APPROVED, "Rendicontazione approvata");
    String reason = input.text(VALIDATION_REASON, "Motivo del rinvio", !approved, 4000);
    task.setVariable(VALIDATION_APPROVED, approved);
    task.setVariable(VALIDATION_REASON, reason);
  }
}
