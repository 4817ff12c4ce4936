package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.objective.ObjectiveState;
import it.pegworkflow.store.ProgressStore;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Called from the model's listeners as the objective moves through its cycle. */
@Component("objectiveStates")
public class ObjectiveStates {

  private final ProgressStore progress;

  ObjectiveStates(ProgressStore progress) {
    this.progress = progress;
  }

  public void reporting(DelegateExecution execution) {
    progress.objectiveState(code(execution), ObjectiveState.REPORTING);
  }

  public void validating(DelegateExecution execution) {
    progress.objectiveState(code(execution), ObjectiveState.VALIDATING);
  }

  public void reported(DelegateExecution execution) {
    progress.objectiveState(code(execution), ObjectiveState.REPORTED);
  }

  public void banded(DelegateExecution execution) {
    progress.objectiveBand(code(execution), (String) execution.getVariable(BAND));
  }

  private static String code(DelegateExecution execution) {
    return (String) execution.getVariable(OBJECTIVE_CODE);
  }
}
