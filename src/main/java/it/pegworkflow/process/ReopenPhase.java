package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.PHASES_CONCLUDED;
import static it.pegworkflow.process.ProcessConstants.PHASE_ACTUAL_END;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A completed phase reopened by its Dirigente (PhaseReopening) no longer counts as concluded: the
 * reporting waits for it again. Its task comes back with the values it had, which stay on the phase.
 * Public so that the model's tests run the real count.
 */
@Component
public class ReopenPhase implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    DelegateExecution objective = execution.getProcessInstance();
    int concluded = ((Number) objective.getVariableLocal(PHASES_CONCLUDED)).intValue();
    objective.setVariableLocal(PHASES_CONCLUDED, Math.max(0, concluded - 1));
    // A reopened phase has not ended yet: its completion and report stay, its actual end is asked again.
    execution.setVariable(PHASE_ACTUAL_END, null);
  }
}
