package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.DEVIATION_REASON;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A score under 100 needs the Dirigente's reason: required, at most 4000 characters, kept stripped. */
@Component("justifyDeviation")
class JustifyDeviation implements TaskListener {

  private final PlanningCalendar calendar;

  JustifyDeviation(PlanningCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    String reason = new TaskInput(task, calendar).text(DEVIATION_REASON, "Motivazione dello scostamento", true, 4000);
    task.setVariable(DEVIATION_REASON, reason);
  }
}
