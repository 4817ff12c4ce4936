package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.italian.ItalianDates;
import it.pegworkflow.store.ObjectiveStore;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The model labels its tasks with what to do (<i>Completare la fase</i>); in a list of tasks a
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
    String subject = switch (task.getTaskDefinitionKey()) {
      case TASK_COMPLETE_PHASE -> (String) task.getVariable(PHASE_NAME);
      case TASK_URGE_LATE_PHASE -> lateWarning(task, code);
      case TASK_RECORD_INDICATOR -> task.getName() + " " + task.getVariable(INDICATOR_NUMBER) + ": "
          + task.getVariable(INDICATOR_DESCRIPTION);
      default -> task.getName();
    };
    task.setName(shortened(subject) + " (" + code + ")");
  }

  /** «Fase in ritardo di 3 giorni (fine prevista 30/11/2017), BONANNI GIUSEPPINA: Stipula protocolli…». */
  private String lateWarning(DelegateTask task, String code) {
    Date deadline = (Date) task.getVariable(PHASE_DUE_DATE);
    if (task.getDueDate() == null) {
      // Objectives started on a model before the warning had the phase's deadline (camunda:dueDate).
      task.setDueDate(deadline);
    }
    LocalDate plannedEnd = calendar.dayOf(deadline);
    long days = Math.max(1, ChronoUnit.DAYS.between(plannedEnd, calendar.today()));
    String late = "in ritardo di " + days + (days == 1 ? " giorno" : " giorni");
    String responsible = store.phase(code, (Integer) task.getVariable(PHASE_NUMBER)).responsible();
    task.setDescription("La fase «" + task.getVariable(PHASE_NAME) + "» dell'obiettivo " + code
        + ", responsabile " + task.getVariable(PHASE_RESPONSIBLE) + ", doveva concludersi il "
        + ItalianDates.format(plannedEnd) + ": alla segnalazione era " + late + ". Sollecitare il responsabile; "
        + "il compito si chiude da solo quando la fase viene completata, oppure lo si chiude dopo averne preso atto.");
    return "Fase " + late + " (fine prevista " + ItalianDates.format(plannedEnd) + "), " + responsible + ": "
        + task.getVariable(PHASE_NAME);
  }

  /** Camunda keeps task names up to 255 characters; phase names can be long paragraphs. */
  private static String shortened(String subject) {
    return subject.length() <= 200 ? subject : subject.substring(0, 199) + "…";
  }
}
