package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;
import static it.pegworkflow.process.ProcessHarness.today;
import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.objective.ObjectiveState;
import it.pegworkflow.objective.PhaseState;
import it.pegworkflow.store.PhaseRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Our tables are a projection of the engine's history (docs/process.md, "The projection"): whatever
 * path a change took, with or without the model's listeners, the rows say what the history says.
 */
class ObjectiveProjectionTest extends ProcessTest {

  @Autowired HistoryService history;

  @Test
  void aStepTakenWithTheListenersSkippedStillReachesTheTables() {
    today("2016-12-20");
    ProcessInstance instance = instance(harness.importSheet(ProcessHarness.realSheet(code)));

    runtime.createProcessInstanceModification(instance.getId())
        .startBeforeActivity(TASK_VALIDATE_REPORT)
        .execute(true, false);

    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(TASK_VALIDATE_REPORT).count()).isEqualTo(1);
    assertThat(objectives.objective(code).orElseThrow().state()).isEqualTo(ObjectiveState.VALIDATING);
  }

  @Test
  void everyPhaseRowCanBeRebuiltFromTheHistoryAlone() {
    today("2016-12-20");
    ProcessInstance instance = instance(harness.importSheet(ProcessHarness.realSheet(code)));
    today("2017-03-01");
    harness.runDueJobs(instance.getId());
    today("2017-11-20");
    harness.completePhase(harness.phaseTask(instance.getId(), "Attuazione proposta"), 100, "2017-11-20", "Fatto");
    harness.completePhase(harness.phaseTask(instance.getId(), "Stipula protocolli"), 50, "2017-11-18", "Metà dei protocolli");
    today("2018-02-01");
    harness.runDueJobs(instance.getId());

    List<PhaseRow> rows = store.phases(code);
    assertThat(rows).extracting(PhaseRow::state)
        .containsExactlyInAnyOrder(PhaseState.COMPLETED, PhaseState.COMPLETED, PhaseState.NOT_COMPLETED, PhaseState.NOT_COMPLETED);
    for (PhaseRow row : rows) {
      assertThat(fromHistory(instance.getId(), row.number())).as("phase %s", row.number())
          .isEqualTo(new Projected(row.state(), row.late(), row.completion(), row.actualEnd(), row.report()));
    }
  }

  record Projected(PhaseState state, boolean late, BigDecimal completion, LocalDate actualEnd, String report) {
    Projected {
      completion = completion == null ? null : completion.stripTrailingZeros();
    }
  }

  /** What the history of the phase's scope says its row is: nothing read from our tables. */
  private Projected fromHistory(String processInstanceId, int number) {
    HistoricVariableInstance phaseNumber = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(PHASE_NUMBER).list().stream().filter(v -> v.getValue().equals(number)).findFirst().orElseThrow();
    String phaseExecution = phaseNumber.getExecutionId();
    Map<String, Object> variables = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .executionIdIn(phaseExecution).list().stream().filter(v -> v.getValue() != null)
        .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue));
    List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId).list();
    String scope = activities.stream()
        .filter(a -> a.getActivityId().equals("SubProcess_Phase") && a.getExecutionId().equals(phaseExecution))
        .findFirst().orElseThrow().getId();
    // The phase's own activities and those of its "Svolgimento della fase" inside it.
    java.util.Set<String> inside = new java.util.HashSet<>(List.of(scope));
    activities.stream().filter(a -> scope.equals(a.getParentActivityInstanceId())).forEach(a -> inside.add(a.getId()));
    List<HistoricActivityInstance> ended = activities.stream()
        .filter(a -> inside.contains(a.getParentActivityInstanceId()) && a.getEndTime() != null && !a.isCanceled()).toList();
    boolean completed = ended.stream().anyMatch(a -> a.getActivityId().equals("EndEvent_PhaseConcluded"));
    boolean closed = ended.stream().anyMatch(a -> a.getActivityId().equals(SERVICE_CLOSE_UNFINISHED_PHASE));
    PhaseState state = completed ? PhaseState.COMPLETED : closed ? PhaseState.NOT_COMPLETED : PhaseState.RUNNING;
    Object completion = variables.get(PHASE_COMPLETION);
    Object actualEnd = variables.get(PHASE_ACTUAL_END);
    return new Projected(state, Boolean.TRUE.equals(variables.get(PHASE_LATE)),
        completion == null ? null : new BigDecimal(completion.toString()),
        completed ? ((Date) actualEnd).toInstant().atZone(ProcessHarness.ROME).toLocalDate() : null,
        completed ? (String) variables.get(PHASE_REPORT) : null);
  }
}
