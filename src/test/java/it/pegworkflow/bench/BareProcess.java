package it.pegworkflow.bench;

import it.pegworkflow.process.ProcessConstants;
import java.io.File;
import java.util.ArrayList;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The floor the benchmark compares against: the same BPMN template run by the bare engine, with
 * none of our code: no listeners, service tasks that do nothing, the per-phase values given as
 * plain variables instead of being read from our tables.
 */
final class BareProcess {

  static final String KEY = "PegObjectiveBare";

  private BareProcess() {}

  static void deploy(RepositoryService repository) {
    BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/PegObjective.bpmn"));
    var ours = new ArrayList<ModelElementInstance>();
    ours.addAll(model.getModelElementsByType(CamundaExecutionListener.class));
    ours.addAll(model.getModelElementsByType(CamundaTaskListener.class));
    ours.forEach(listener -> listener.getParentElement().removeChildElement(listener));
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "delegateExpression");
      task.setCamundaExpression("${true}");
    }
    // The responsible's choice (progress or conclusion) is ours to read (ReportPhase): the floor's
    // phases are always concluded, the gateway still evaluated.
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      ConditionExpression condition = flow.getConditionExpression();
      if (condition != null && condition.getTextContent().contains(ProcessConstants.PHASE_CONCLUDED)) {
        condition.setTextContent(condition.getTextContent().contains("!") ? "${false}" : "${true}");
      }
    }
    Process process = model.getModelElementById(ProcessConstants.PROCESS_KEY);
    process.setId(KEY);
    repository.createDeployment().name("benchmark floor").addModelInstance(KEY + ".bpmn", model).deploy();
  }
}
