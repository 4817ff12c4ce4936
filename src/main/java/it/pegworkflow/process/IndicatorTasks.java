package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.objective.Target;
import it.pegworkflow.sheet.ActualReader;
import it.pegworkflow.store.IndicatorRow;
import it.pegworkflow.store.ObjectiveStore;
import java.util.Date;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The indicator task's listeners: each instance shows its indicator (with the value recorded in an
 * earlier round, if the Nucleo sent it back) and accepts only a value that fits the target read at
 * import and stored with it: the hint and the check never read the sheet's words again.
 */
@Configuration
class IndicatorTasks {

  private final ObjectiveStore store;
  private final PlanningCalendar calendar;

  IndicatorTasks(ObjectiveStore store, PlanningCalendar calendar) {
    this.store = store;
    this.calendar = calendar;
  }

  @Bean
  ExecutionListener openIndicator() {
    return execution -> {
      int number = (Integer) execution.getVariable(LOOP_COUNTER) + 1;
      IndicatorRow indicator = store.indicator((String) execution.getVariable(OBJECTIVE_CODE), number);
      execution.setVariableLocal(INDICATOR_NUMBER, number);
      execution.setVariableLocal(INDICATOR_DESCRIPTION, indicator.description());
      execution.setVariableLocal(INDICATOR_EXPECTED, indicator.expectedValue());
      execution.setVariableLocal(INDICATOR_HINT, indicator.valueKind().hint());
      execution.setVariableLocal(INDICATOR_ACTUAL, indicator.actualValue());
      execution.setVariableLocal(INDICATOR_NOTE, indicator.note());
    };
  }

  @Bean
  TaskListener recordIndicator() {
    return task -> {
      String code = (String) task.getVariable(OBJECTIVE_CODE);
      int number = (Integer) task.getVariable(INDICATOR_NUMBER);
      IndicatorRow indicator = store.indicator(code, number);
      Target target = indicator.target();
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
      // Canonical, for the projection that reads them when the task ends.
      task.setVariable(INDICATOR_ACTUAL, actual);
      task.setVariable(INDICATOR_NOTE, note);
    };
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
