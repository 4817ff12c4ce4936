package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.objective.PhaseState;
import it.pegworkflow.store.ObjectiveStore;
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
  private final ObjectiveStore store;

  ValidateReport(PlanningCalendar calendar, ObjectiveStore store) {
    this.calendar = calendar;
    this.store = store;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = new TaskInput(task, calendar);
    boolean approved = input.yesOrNo(VALIDATION_APPROVED, "Rendicontazione approvata");
    // Stable numbers (docs/process.md, "When the plan changes"): 1..all ever planned, minus those a variation removed.
    String code = (String) task.getVariable(OBJECTIVE_CODE);
    Integer indicator = input.wholeNumber(SENT_BACK_INDICATOR, "Indicatore da rivedere",
        store.indicators(code).size(), "gli indicatori");
    Integer phase = input.wholeNumber(SENT_BACK_PHASE, "Fase da rivedere", store.phases(code).size(), "le fasi");
    if (indicator != null && store.liveIndicators(code).stream().noneMatch(row -> row.number() == indicator)) {
      throw new TaskInputException("Indicatore da rivedere: l'indicatore " + indicator + " è stato tolto da una variazione del PEG");
    }
    if (phase != null && store.phase(code, phase).state() == PhaseState.REMOVED) {
      throw new TaskInputException("Fase da rivedere: la fase " + phase + " è stata soppressa da una variazione del PEG");
    }
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
