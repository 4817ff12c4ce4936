package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.store.ProgressStore;
import java.math.BigDecimal;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the phase's timers do: flag it late at the planned end, close it at the reporting deadline. */
@Configuration
class PhaseDeadlines {

  private final ProgressStore progress;

  PhaseDeadlines(ProgressStore progress) {
    this.progress = progress;
  }

  @Bean
  JavaDelegate flagLatePhase() {
    return this::flagLate;
  }

  /**
   * The phase keeps the completion last reported on its task, if any. It is late too: when every
   * date is already past (a late import) the deadline's timer may run before the planned end's.
   */
  @Bean
  JavaDelegate closeUnfinishedPhase() {
    return execution -> {
      Date due = (Date) execution.getVariable(PHASE_DUE_DATE);
      if (due != null && due.toInstant().isBefore(it.pegworkflow.platform.EngineClock.now())) {
        flagLate(execution);
      }
      BigDecimal reported = TaskInput.number(execution.getVariable(PHASE_COMPLETION));
      BigDecimal completion = reported == null ? BigDecimal.ZERO : reported;
      progress.phaseClosedUnfinished(code(execution), number(execution), completion.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)));
    };
  }

  private void flagLate(DelegateExecution execution) {
    execution.setVariable(PHASE_LATE, true);
    progress.phaseLate(code(execution), number(execution));
  }

  private static String code(DelegateExecution execution) {
    return (String) execution.getVariable(OBJECTIVE_CODE);
  }

  private static int number(DelegateExecution execution) {
    return (Integer) execution.getVariable(PHASE_NUMBER);
  }
}
