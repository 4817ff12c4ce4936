package it.pegworkflow.platform;

import java.util.Map;

/**
 * Values a task's form shows that no variable holds: read from where the fact lives (our read model)
 * each time the form's variables are read, never stored in the engine (docs/process.md, «What the
 * Nucleo sees»). Lists and maps go to the form as JSON, texts and numbers as themselves.
 */
public interface ComputedFormVariables {

  /**
   * The values for the form of a task with this definition key, in the objective with this business
   * key, as the current user may see them; empty when the task's form has none.
   */
  Map<String, Object> forTask(String taskDefinitionKey, String businessKey);
}
