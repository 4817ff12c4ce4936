package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The model labels its tasks with what to do (<i>Aggiornare o concludere la fase</i>); in a list of tasks a
 * person needs to know which phase of which objective: the task gets that name when it is created.
 */
@Component
class NameTask implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String code = (String) task.getVariable(OBJECTIVE_CODE);
    String subject = switch (task.getTaskDefinitionKey()) {
      case TASK_COMPLETE_PHASE -> (String) task.getVariable(PHASE_NAME);
      case TASK_URGE_LATE_PHASE -> "Fase in ritardo: " + task.getVariable(PHASE_NAME);
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
  private static String shortened(String subject) {
    return subject.length() <= 200 ? subject : subject.substring(0, 199) + "…";
  }
}
