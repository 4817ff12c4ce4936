package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Each validation starts clean: the last round's send-back (which indicator or phase, and why) was
 * for the Dirigente's revision, which is done. Left in place, the form would offer it again and send
 * it back with an approval, which the contract refuses. The earlier rounds stay in the history and
 * the trail.
 */
@Component
class OpenValidation implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable(SENT_BACK_INDICATOR, null);
    execution.setVariable(SENT_BACK_PHASE, null);
    execution.setVariable(VALIDATION_REASON, null);
  }
}
