package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.italian.ItalianDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks a phase's report when its task completes, and leaves its values canonical (a number, a
 * date, a text) for the projection that reads them when the task ends.
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
    BigDecimal completion = input.number(PHASE_COMPLETION, "Completamento (%)", 0, 100);
    LocalDate actualEnd = input.date(PHASE_ACTUAL_END, "Data di fine effettiva");
    String report = input.text(PHASE_REPORT, "Relazione", false, 4000);
    LocalDate plannedStart = calendar.dayOf((Date) task.getVariable(PHASE_PLANNED_START));
    if (actualEnd.isBefore(plannedStart)) {
      throw new TaskInputException("Data di fine effettiva: " + ItalianDates.format(actualEnd)
          + " è prima dell'inizio della fase (" + ItalianDates.format(plannedStart) + ")");
    }
    LocalDate today = calendar.today();
    if (actualEnd.isAfter(today)) {
      throw new TaskInputException("Data di fine effettiva: " + ItalianDates.format(actualEnd) + " è dopo oggi ("
          + ItalianDates.format(today) + ")");
    }
    task.setVariable(PHASE_COMPLETION, completion.doubleValue());
    task.setVariable(PHASE_ACTUAL_END, calendar.startOf(actualEnd));
    task.setVariable(PHASE_REPORT, report);
  }
}
