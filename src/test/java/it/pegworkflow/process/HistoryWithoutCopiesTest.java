package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;
import static it.pegworkflow.process.ProcessHarness.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an objective writes (issue 16, docs/benchmark.md "Write less per objective"): the phase's plan
 * copied onto its scope and the empty slots it opens with cost a runtime row only, which Cockpit and
 * the forms read; what people did keeps its full history.
 */
class HistoryWithoutCopiesTest extends ProcessTest {

  @Autowired HistoryService history;
  @Autowired IdentityService identity;

  @Test
  void aPhaseOpensWithItsPlanOnItsScopeAndNothingOfItInTheHistory() {
    today("2016-12-20");
    ProcessInstance instance = instance(harness.importSheet(ProcessHarness.realSheet(code)));
    today("2017-03-01");
    harness.runDueJobs(instance.getId());

    Task phase = harness.phaseTask(instance.getId(), "Attuazione proposta");
    // What Cockpit's variables view and the form read: the scope's runtime variables, as before.
    Map<String, Object> scope = runtime.getVariablesLocal(scopeOf(phase));
    assertThat(scope).containsKeys(PHASE_NAME, PHASE_ASSIGNEE, PHASE_GROUP, PHASE_PLANNED_START, PHASE_DUE_DATE,
        PHASE_PLANNED, PHASE_RESPONSIBLE, PHASE_COMPLETION, PHASE_REPORT, PHASE_LATE);
    assertThat(scope.get(PHASE_NAME)).asString().startsWith("Attuazione proposta");

    assertThat(historicNames(instance.getId())).doesNotContainAnyElementsOf(QuietPhaseVariables.COPIES)
        .doesNotContainAnyElementsOf(QuietPhaseVariables.SLOTS)
        .contains(OBJECTIVE_CODE, PHASE_NUMBER);
    assertThat(details(instance.getId())).extracting(HistoricVariableUpdate::getVariableName)
        .doesNotContainAnyElementsOf(QuietPhaseVariables.COPIES).doesNotContainAnyElementsOf(QuietPhaseVariables.SLOTS);
  }

  @Test
  void whatTheResponsibleSendsHasItsFullHistory() {
    today("2016-12-20");
    ProcessInstance instance = instance(harness.importSheet(ProcessHarness.realSheet(code)));
    today("2017-03-01");
    harness.runDueJobs(instance.getId());
    today("2017-11-20");
    Task phase = harness.phaseTask(instance.getId(), "Attuazione proposta");
    Object number = tasks.getVariable(phase.getId(), PHASE_NUMBER);
    harness.completePhase(phase, 100, "2017-11-20", "Fatto");

    Map<String, Object> values = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableNameIn(PHASE_COMPLETION, PHASE_REPORT, PHASE_CONCLUDED).list().stream()
        .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue));
    assertThat(values).containsEntry(PHASE_COMPLETION, 100.0).containsEntry(PHASE_REPORT, "Fatto")
        .containsEntry(PHASE_CONCLUDED, true);
    assertThat(details(instance.getId())).filteredOn(d -> PHASE_REPORT.equals(d.getVariableName()))
        .extracting(HistoricVariableUpdate::getValue).containsOnly("Fatto");
    // The trail still finds the phase the completion belongs to.
    assertThat(trail.of(instance.getId())).anySatisfy(entry -> {
      assertThat(entry.phase()).isEqualTo(number);
      assertThat(entry.values()).extracting(ObjectiveTrail.Value::value).contains("Fatto");
    });
  }

  @Test
  void theGrantsAnImportImpliesAreNotWrittenDownAsTheCallersOperations() {
    today("2016-12-20");
    identity.setAuthenticatedUserId("controllo");
    it.pegworkflow.importing.ObjectiveImport.Imported imported;
    try {
      imported = harness.importSheet(ProcessHarness.realSheet(code));
    } finally {
      identity.clearAuthentication();
    }
    ProcessInstance instance = instance(imported);

    List<UserOperationLogEntry> log = history.createUserOperationLogQuery().processInstanceId(instance.getId()).list();
    assertThat(log).extracting(UserOperationLogEntry::getOperationType).containsOnly(UserOperationLogEntry.OPERATION_TYPE_CREATE);
    assertThat(log).extracting(UserOperationLogEntry::getUserId).containsOnly("controllo");
    assertThat(history.createUserOperationLogQuery().entityType("Authorization").userId("controllo").list())
        .noneMatch(entry -> instance.getId().equals(entry.getNewValue()));
  }

  @Autowired ObjectiveTrail trail;

  /** The phase's subprocess instance: the scope its plan and slots are local to. */
  private String scopeOf(Task phase) {
    Object number = tasks.getVariable(phase.getId(), PHASE_NUMBER);
    return runtime.createVariableInstanceQuery().processInstanceIdIn(phase.getProcessInstanceId())
        .variableName(PHASE_NUMBER).list().stream().filter(v -> number.equals(v.getValue())).findFirst().orElseThrow()
        .getExecutionId();
  }

  private List<String> historicNames(String processInstanceId) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).list().stream()
        .map(HistoricVariableInstance::getName).toList();
  }

  private List<HistoricVariableUpdate> details(String processInstanceId) {
    return history.createHistoricDetailQuery().processInstanceId(processInstanceId).variableUpdates().list().stream()
        .map(HistoricDetail.class::cast).map(HistoricVariableUpdate.class::cast).toList();
  }
}
