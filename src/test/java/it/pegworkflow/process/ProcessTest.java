package it.pegworkflow.process;

import it.pegworkflow.importing.ObjectiveImport;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import it.pegworkflow.monitoring.MonitoringQueries;
import it.pegworkflow.store.ObjectiveStore;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine with our beans, the job executor off and the clock in the test's hands: one Spring
 * context for every process test. Each test imports its own objective under a code of its own.
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class ProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired ObjectiveImport objectiveImport;
  @Autowired ObjectiveStore store;
  /** The objectives as the API reads them. */
  @Autowired MonitoringQueries objectives;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  ProcessHarness harness;
  String code;

  @BeforeEach
  void harness() {
    init(engine);
    harness = new ProcessHarness(objectiveImport, management, tasks);
    code = ProcessHarness.newCode();
  }

  @AfterEach
  void resetTheClock() {
    ProcessHarness.resetClock();
  }

  ProcessInstance instance(ObjectiveImport.Imported imported) {
    return runtime.createProcessInstanceQuery().processInstanceId(imported.processInstanceId()).singleResult();
  }
}
