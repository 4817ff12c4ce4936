package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.store.ObjectiveStore;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The model labels its tasks with what to do (<i>Aggiornare o concludere la fase</i>); in a list of tasks a
 * person needs to know which phase of which objective: the task gets that name when it is created.
 * A late-phase warning says who is late, since when and by how much before the phase's name, so
 * that a long name never cuts it off; its description says it in full.
 */
@Component
class NameTask implements TaskListener {

  private final ObjectiveStore store;
  private final PlanningCalendar calendar;

  NameTask(ObjectiveStore store, PlanningCalendar calendar) {
    this.store = store;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    String code = (String) task.getVariable(OBJECTIVE_CODE);
    if (TASK_URGE_LATE_PHASE.equals(task.getTaskDefinitionKey())) {
      Date deadline = (Date) task.getVariable(PHASE_DUE_DATE);
      if (task.getDueDate() == null) {
        // Objectives started on a model before the warning had the phase's deadline (camunda:dueDate).
        task.setDueDate(deadline);
      }
      LateWarning warning = LateWarning.of(task.getVariables(),
          store.phase(code, (Integer) task.getVariable(PHASE_NUMBER)).responsible(), calendar.dayOf(deadline), calendar.today());
      task.setName(warning.name());
      task.setDescription(warning.description());
      return;
    }
    String subject = switch (task.getTaskDefinitionKey()) {
      case TASK_COMPLETE_PHASE -> (String) task.getVariable(PHASE_NAME);
      case TASK_RECORD_INDICATOR -> task.getName() + " " + task.getVariable(INDICATOR_NUMBER) + ": "
          + task.getVariable(INDICATOR_DESCRIPTION);
      case TASK_REVISE_INDICATOR -> task.getName() + " " + task.getVariable(INDICATOR_NUMBER) + ": "
          + task.getVariable(INDICATOR_DESCRIPTION);
      case TASK_REVISE_PHASE -> task.getName() + " " + task.getVariable(PHASE_NUMBER) + ": " + task.getVariable(PHASE_NAME);
      default -> task.getName();
    };
    task.setName(shortened(subject) + " (" + code + ")");
  }

  /** Camunda keeps task names up to 255 characters; phase names can be long paragraphs. */
  static String shortened(String subject) {
    return subject.length() <= 200 ? subject : subject.substring(0, 199) + "…";
  }
}
