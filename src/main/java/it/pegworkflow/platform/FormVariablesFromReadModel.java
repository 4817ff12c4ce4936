package it.pegworkflow.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds {@link ComputedFormVariables} to a task's form variables (what Tasklist reads to fill a Camunda
 * Form, {@code GET …/task/{id}/form-variables}) through the engine's own form service, so that every
 * client gets them, after the engine's authorization check on reading the task's variables. Lists and
 * maps are serialized JSON objects ({@code application/json}), which Tasklist hands to the form as
 * data for tables and selects. Nothing is written: the values are computed at each read.
 */
@Component
class FormVariablesFromReadModel extends AbstractProcessEnginePlugin {

  private static final ObjectMapper JSON = new ObjectMapper();

  // A provider, read at each call: the computing beans need the engine this plugin helps build.
  private final ObjectProvider<ComputedFormVariables> computed;

  FormVariablesFromReadModel(ObjectProvider<ComputedFormVariables> computed) {
    this.computed = computed;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setFormService(new FormService());
  }

  private final class FormService extends FormServiceImpl {

    @Override
    public VariableMap getTaskFormVariables(String taskId, Collection<String> names, boolean deserializeObjectValues) {
      VariableMap variables = super.getTaskFormVariables(taskId, names, deserializeObjectValues);
      String[] task = commandExecutor.execute(context -> {
        TaskEntity entity = context.getTaskManager().findTaskById(taskId);
        return entity == null || entity.getProcessInstanceId() == null ? null
            : new String[] {entity.getTaskDefinitionKey(), entity.getProcessInstance().getBusinessKey()};
      });
      if (task == null || task[1] == null) {
        return variables;
      }
      computed.orderedStream().forEach(source -> source.forTask(task[0], task[1]).forEach((name, value) -> {
        if ((names == null || names.contains(name)) && !variables.containsKey(name)) {
          variables.putValueTyped(name, typed(value));
        }
      }));
      return variables;
    }
  }

  private static TypedValue typed(Object value) {
    if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
      try {
        return Variables.serializedObjectValue(JSON.writeValueAsString(value))
            .serializationDataFormat(Variables.SerializationDataFormats.JSON)
            .objectTypeName(value instanceof Map<?, ?> ? "java.util.LinkedHashMap" : "java.util.ArrayList").create();
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Form value not serializable: " + e.getMessage(), e);
      }
    }
    if (value instanceof Integer number) {
      return Variables.integerValue(number);
    }
    if (value instanceof Number number) {
      return Variables.doubleValue(number.doubleValue());
    }
    return Variables.stringValue(value == null ? null : value.toString());
  }
}
