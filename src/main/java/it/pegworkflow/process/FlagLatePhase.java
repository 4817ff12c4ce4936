package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.PHASE_LATE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** At a phase's planned end, with its task still open: the phase is late (the projection marks the row). */
@Component("flagLatePhase")
class FlagLatePhase implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(PHASE_LATE, true);
  }
}
