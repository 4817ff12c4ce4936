package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.objective.Target;
import it.pegworkflow.sheet.ActualReader;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import it.pegworkflow.store.ObjectiveStore;
import org.springframework.stereotype.Component;

/**
 * Accepts only a value that fits the indicator's target as stored at import, and leaves the value and
 * the note canonical for the projection that reads them when the task ends.
 */
@Component
class RecordIndicator implements TaskListener {

  private final ObjectiveStore store;
  private final PlanningCalendar calendar;

  RecordIndicator(ObjectiveStore store, PlanningCalendar calendar) {
    this.store = store;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    String code = (String) task.getVariable(OBJECTIVE_CODE);
    int number = (Integer) task.getVariable(INDICATOR_NUMBER);
    Target target = store.indicator(code, number).target();
    String actual = asText(task.getVariable(INDICATOR_ACTUAL));
    if (actual.isEmpty()) {
      throw new TaskInputException("Indicatore " + number + ": il valore effettivo è obbligatorio ("
          + target.valueKind().hint() + ")");
    }
    try {
      ActualReader.read(actual, target);
    } catch (IllegalArgumentException e) {
      throw new TaskInputException("Indicatore " + number + ": " + e.getMessage());
    }
    String note = new TaskInput(task, calendar).text(INDICATOR_NOTE, "Nota", false, 4000);
    task.setVariable(INDICATOR_ACTUAL, actual);
    task.setVariable(INDICATOR_NOTE, note);
  }

  /** Tasklist's forms send booleans and dates for some fields; the store keeps what the user meant. */
  private String asText(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Boolean yes) {
      return yes ? "SI" : "NO";
    }
    if (value instanceof Date date) {
      return calendar.dayOf(date).toString();
    }
    String text = value.toString().strip();
    return text.length() > 200 ? text.substring(0, 200) : text;
  }
}
