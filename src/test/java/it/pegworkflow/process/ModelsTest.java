package it.pegworkflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every model in {@code processes/} as Modeler, Cockpit and the engine need it: drawn, with ids
 * that explain themselves, bound to beans and forms that exist, with a history time to live.
 */
@SpringBootTest
@ActiveProfiles("test")
class ModelsTest {

  private static final Path MODELS = Path.of("processes");
  /** Delegates and listeners: {@code delegateExpression="${bean}"} or {@code expression="${bean.method(..)}"}. */
  private static final Pattern BEAN = Pattern.compile("(?:delegateExpression|expression)=\"\\$\\{([a-zA-Z][a-zA-Z0-9]*)[.}]");
  private static final Pattern RANDOM_ID = Pattern.compile(".*_[0-9a-z]{7}");

  @Autowired ApplicationContext context;

  @Test
  void everyElementIsDrawnAndNamedOnPurpose() {
    for (BpmnModelInstance model : bpmnModels()) {
      Set<String> drawn = new HashSet<>();
      model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
      model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
      for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
        assertThat(drawn).as("%s has a shape or an edge", element.getId()).contains(element.getId());
      }
      for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
        assertThat(element.getId()).as("Modeler's random id").doesNotMatch(RANDOM_ID);
      }
    }
  }

  @Test
  void everyProcessAndDecisionHasAHistoryTimeToLive() {
    for (BpmnModelInstance model : bpmnModels()) {
      model.getModelElementsByType(Process.class)
          .forEach(p -> assertThat(p.getCamundaHistoryTimeToLiveString()).as(p.getId()).isNotBlank());
    }
    for (File file : files(".dmn")) {
      Dmn.readModelFromFile(file).getModelElementsByType(Decision.class)
          .forEach(d -> assertThat(d.getCamundaHistoryTimeToLiveString()).as(d.getId()).isNotBlank());
    }
  }

  @Test
  void everyExpressionNamesABeanThatExists() throws IOException {
    for (File file : files(".bpmn")) {
      List<String> beans = new ArrayList<>();
      Matcher matcher = BEAN.matcher(Files.readString(file.toPath()));
      while (matcher.find()) {
        beans.add(matcher.group(1));
      }
      assertThat(beans).as("delegates and listeners in %s", file).isNotEmpty();
      beans.forEach(bean -> assertThat(context.containsBean(bean)).as("bean %s named in %s", bean, file).isTrue());
      // The model names its code: ${reportPhase} is class ReportPhase, found from the diagram by name.
      beans.forEach(bean -> assertThat(org.springframework.aop.support.AopUtils.getTargetClass(context.getBean(bean))
          .getSimpleName()).as("class of bean %s", bean).isEqualTo(Character.toUpperCase(bean.charAt(0)) + bean.substring(1)));
    }
  }

  @Test
  void everyFormAndDecisionReferencedExists() throws IOException {
    Set<String> forms = new HashSet<>();
    ObjectMapper json = new ObjectMapper();
    for (File file : files(".form")) {
      JsonNode form = json.readTree(file);
      forms.add(form.get("id").asText());
    }
    Set<String> decisions = new HashSet<>();
    for (File file : files(".dmn")) {
      Dmn.readModelFromFile(file).getModelElementsByType(Decision.class).forEach(d -> decisions.add(d.getId()));
    }
    for (BpmnModelInstance model : bpmnModels()) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        assertThat(forms).as("form of %s", task.getId()).contains(task.getCamundaFormRef());
      }
      for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
        assertThat(decisions).as("decision of %s", task.getId()).contains(task.getCamundaDecisionRef());
      }
    }
  }

  @Test
  void theModelerKnowsTheTemplatesTheModelUses() throws IOException {
    Set<String> templates = new HashSet<>();
    for (JsonNode template : new ObjectMapper().readTree(MODELS.resolve(".camunda/element-templates/peg-workflow.json").toFile())) {
      templates.add(template.get("id").asText());
    }
    for (File file : files(".bpmn")) {
      Matcher used = Pattern.compile("camunda:modelerTemplate=\"([^\"]+)\"").matcher(Files.readString(file.toPath()));
      while (used.find()) {
        assertThat(templates).contains(used.group(1));
      }
    }
  }

  private static List<BpmnModelInstance> bpmnModels() {
    return files(".bpmn").stream().map(Bpmn::readModelFromFile).toList();
  }

  private static List<File> files(String suffix) {
    try (Stream<Path> paths = Files.list(MODELS)) {
      return paths.filter(p -> p.toString().endsWith(suffix)).map(Path::toFile).toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
