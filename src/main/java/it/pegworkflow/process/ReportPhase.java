package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.italian.ItalianDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks what the responsible sent on the phase's task, for the choice made: a progress update
 * (completion so far, a note, optionally a forecast end from today on) or the phase concluded
 * (completion, actual end up to today, report). It leaves the values canonical (a number, a date, a
 * text) for the projection that reads them when the task ends, and {@code phaseConcluded} for the
 * model's gateway. The choice starts as «avanzamento» on each task; an actual end means concluded
 * (see {@link #concluded}). A progress update clears the actual end, and a reopening too, so what the
 * next task decides is only what it sends.
 */
@Component("reportPhase")
class ReportPhase implements TaskListener {

  private final PlanningCalendar calendar;

  ReportPhase(PlanningCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = new TaskInput(task, calendar);
    boolean concluded = concluded(input.text(PHASE_OUTCOME, "Scelta", false, 40), task.getVariable(PHASE_ACTUAL_END));
    BigDecimal completion = input.number(PHASE_COMPLETION, "Completamento (%)", 0, 100);
    String report = input.text(PHASE_REPORT, concluded ? "Relazione" : "Nota", false, 4000);
    LocalDate today = calendar.today();
    if (concluded) {
      LocalDate actualEnd = input.date(PHASE_ACTUAL_END, "Data di fine effettiva");
      LocalDate plannedStart = calendar.dayOf((Date) task.getVariable(PHASE_PLANNED_START));
      if (actualEnd.isBefore(plannedStart)) {
        throw new TaskInputException("Data di fine effettiva: " + ItalianDates.format(actualEnd)
            + " è prima dell'inizio della fase (" + ItalianDates.format(plannedStart) + ")");
      }
      if (actualEnd.isAfter(today)) {
        throw new TaskInputException("Data di fine effettiva: " + ItalianDates.format(actualEnd) + " è dopo oggi ("
            + ItalianDates.format(today) + ")");
      }
      task.setVariable(PHASE_ACTUAL_END, calendar.startOf(actualEnd));
    } else if (task.getVariable(PHASE_FORECAST_END) != null && !task.getVariable(PHASE_FORECAST_END).toString().isBlank()) {
      LocalDate forecastEnd = input.date(PHASE_FORECAST_END, "Fine prevista");
      if (forecastEnd.isBefore(today)) {
        throw new TaskInputException("Fine prevista: " + ItalianDates.format(forecastEnd) + " è prima di oggi ("
            + ItalianDates.format(today) + "): si indica quando si prevede di finire");
      }
      task.setVariable(PHASE_FORECAST_END, calendar.startOf(forecastEnd));
    } else {
      task.setVariable(PHASE_FORECAST_END, null);
    }
    if (!concluded) {
      task.setVariable(PHASE_ACTUAL_END, null);
    }
    task.setVariable(PHASE_COMPLETION, completion.doubleValue());
    task.setVariable(PHASE_REPORT, report);
    task.setVariable(PHASE_CONCLUDED, concluded);
    task.setVariable(PHASE_OUTCOME, null);
  }

  /**
   * The task starts with the choice «avanzamento» (the model's input parameter, so the form shows it
   * chosen); an actual end says the phase is concluded whatever the choice, as clients written before
   * progress existed send it (the task contract refuses an actual end sent with «avanzamento»).
   */
  static boolean concluded(String outcome, Object actualEnd) {
    boolean ended = actualEnd != null && !actualEnd.toString().isBlank();
    return switch (outcome.toLowerCase(Locale.ROOT)) {
      case "", OUTCOME_PROGRESS -> ended;
      case OUTCOME_CONCLUDED -> true;
      default -> throw new TaskInputException("Scelta: «" + it.pegworkflow.platform.RefusedCommand.clip(outcome)
          + "» non è «" + OUTCOME_PROGRESS + "» né «" + OUTCOME_CONCLUDED + "»");
    };
  }
}
