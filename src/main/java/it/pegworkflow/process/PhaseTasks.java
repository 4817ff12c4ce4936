package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.italian.ItalianDates;
import it.pegworkflow.objective.PhaseState;
import it.pegworkflow.store.ProgressStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The phase task's listeners: it opens at the planned start, and closes with a checked report. */
@Configuration
class PhaseTasks {

  private final ProgressStore progress;
  private final PlanningCalendar calendar;

  PhaseTasks(ProgressStore progress, PlanningCalendar calendar) {
    this.progress = progress;
    this.calendar = calendar;
  }

  @Bean
  TaskListener startPhase() {
    return task -> progress.phaseState(code(task), number(task), PhaseState.RUNNING);
  }

  @Bean
  TaskListener reportPhase() {
    return task -> {
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
      progress.phaseReported(code(task), number(task), completion, actualEnd, report);
    };
  }

  private static String code(DelegateTask task) {
    return (String) task.getVariable(OBJECTIVE_CODE);
  }

  private static int number(DelegateTask task) {
    return (Integer) task.getVariable(PHASE_NUMBER);
  }
}
