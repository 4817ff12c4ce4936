package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.platform.EngineClock;
import java.math.BigDecimal;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * At the reporting deadline, a phase whose task is still open closes not completed. It keeps the
 * completion last reported on its task, if any, as a number from 0 to 100 (what the projection
 * stores). It is late too: when every date is already past (a late import) the deadline's timer may
 * run before the planned end's.
 */
@Component("closeUnfinishedPhase")
class CloseUnfinishedPhase implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Date due = (Date) execution.getVariable(PHASE_DUE_DATE);
    if (due != null && due.toInstant().isBefore(EngineClock.now())) {
      execution.setVariable(PHASE_LATE, true);
    }
    BigDecimal reported = TaskInput.number(execution.getVariable(PHASE_COMPLETION));
    BigDecimal completion = reported == null ? BigDecimal.ZERO : reported;
    execution.setVariable(PHASE_COMPLETION, completion.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).doubleValue());
  }
}
