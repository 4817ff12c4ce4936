package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The Nucleo's word: approved, or sent back with a reason, whole or one indicator or one phase of it.
 * All four are written back canonical (a boolean, a text, empty when none, a number or null): an
 * approval clears an earlier reason, and the model's gateway routes on what is left.
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
    Integer indicator = input.wholeNumber(SENT_BACK_INDICATOR, "Indicatore da rivedere",
        (Integer) task.getVariable(INDICATOR_COUNT), "gli indicatori");
    Integer phase = input.wholeNumber(SENT_BACK_PHASE, "Fase da rivedere", (Integer) task.getVariable(PHASE_COUNT), "le fasi");
    if (approved && (indicator != null || phase != null)) {
      throw new TaskInputException("Una rendicontazione approvata non rimanda nulla: togliere "
          + (indicator != null ? "l'indicatore" : "la fase") + " da rivedere, oppure non approvarla");
    }
    if (indicator != null && phase != null) {
      throw new TaskInputException("Si rimanda un indicatore oppure una fase, non entrambi: per rivedere più cose "
          + "rimandare l'intera rendicontazione");
    }
    String reason = input.text(VALIDATION_REASON, "Motivo del rinvio", !approved, 4000);
    task.setVariable(VALIDATION_APPROVED, approved);
    task.setVariable(VALIDATION_REASON, reason);
    task.setVariable(SENT_BACK_INDICATOR, indicator);
    task.setVariable(SENT_BACK_PHASE, phase);
  }
}
