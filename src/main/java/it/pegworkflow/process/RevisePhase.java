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
 * The Dirigente's correction of the phase the Nucleo sent back: the same rules as a phase's report (a
 * completion 0..100, an actual end from the phase's start to today, a report of at most 4000
 * characters), left canonical for the projection that reads them when the task ends.
 */
@Component
class RevisePhase implements TaskListener {

  private final PlanningCalendar calendar;

  RevisePhase(PlanningCalendar calendar) {
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
