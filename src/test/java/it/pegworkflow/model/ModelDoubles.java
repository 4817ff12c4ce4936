package it.pegworkflow.model;

import static it.pegworkflow.process.ProcessConstants.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import it.pegworkflow.process.CountConcludedPhase;
import it.pegworkflow.process.ReopenPhase;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stand-ins for the beans the model names, so that the model's paths can be tested on a plain
 * engine: each phase gets its plan from {@link #phases}, the score is {@link #score}, and what the
 * model asks of its hooks is recorded.
 */
final class ModelDoubles {

  static final ZoneId ROME = ZoneId.of("Europe/Rome");

  /** One phase's plan, as the import would resolve it. */
  record PlannedPhase(String assignee, String group, LocalDate start, LocalDate end) {}

  List<PlannedPhase> phases = List.of();
  double score = 100;
  final List<Integer> flaggedLate = new ArrayList<>();
  final List<Integer> closedUnfinished = new ArrayList<>();
  final IndicatorsInForceDouble indicatorsInForce = new IndicatorsInForceDouble();

  void register() {
    TaskListener nothing = task -> { };
    Mocks.register("nameTask", nothing);
    // Like the real reportPhase: the choice decides the gateway, and is cleared (no choice concludes).
    Mocks.register("reportPhase", (TaskListener) task -> {
      Object outcome = task.getVariable(PHASE_OUTCOME);
      task.setVariable(PHASE_CONCLUDED, OUTCOME_CONCLUDED.equals(outcome) || task.getVariable(PHASE_ACTUAL_END) != null);
      task.setVariable(PHASE_OUTCOME, null);
    });
    Mocks.register("countConcludedPhase", new CountConcludedPhase());
    Mocks.register("reopenPhase", new ReopenPhase());
    Mocks.register("recordIndicator", nothing);
    Mocks.register("justifyDeviation", nothing);
    Mocks.register("revisePhase", nothing);
    Mocks.register("openRevisedPhase", (ExecutionListener) execution -> { });
    Mocks.register("openValidation", (ExecutionListener) execution -> { });
    // Like the real step, leaves no send-back undefined: the gateway reads both.
    Mocks.register("validateReport", (TaskListener) task -> {
      task.setVariable(SENT_BACK_INDICATOR, task.getVariable(SENT_BACK_INDICATOR));
      task.setVariable(SENT_BACK_PHASE, task.getVariable(SENT_BACK_PHASE));
    });
    Mocks.register("openPhase", (ExecutionListener) this::openPhase);
    Mocks.register("openIndicator", (ExecutionListener) execution -> { });
    Mocks.register("indicatorsInForce", indicatorsInForce);
    Mocks.register("flagLatePhase", (JavaDelegate) execution -> {
      execution.setVariable(PHASE_LATE, true);
      flaggedLate.add((Integer) execution.getVariable(PHASE_NUMBER));
    });
    Mocks.register("closeUnfinishedPhase", (JavaDelegate) execution ->
        closedUnfinished.add((Integer) execution.getVariable(PHASE_NUMBER)));
    Mocks.register("scoreObjective", (JavaDelegate) execution -> execution.setVariable(OBJECTIVE_SCORE, score));
  }

  static void reset() {
    Mocks.reset();
  }

  /** The variables the import starts an objective with. */
  Map<String, Object> startVariables(String manager, int indicators, LocalDate reportingDeadline) {
    indicatorsInForce.count(indicators);
    return Map.of(OBJECTIVE_CODE, "2017_M01", MANAGER_ID, manager, PHASE_COUNT, phases.size(),
        INDICATOR_COUNT, indicators, REPORTING_DEADLINE, endOf(reportingDeadline));
  }

  private void openPhase(DelegateExecution execution) {
    int number = (Integer) execution.getVariable(LOOP_COUNTER) + 1;
    PlannedPhase phase = phases.get(number - 1);
    execution.setVariableLocal(PHASE_NUMBER, number);
    execution.setVariableLocal(PHASE_NAME, "Fase " + number);
    execution.setVariableLocal(PHASE_ASSIGNEE, phase.assignee());
    execution.setVariableLocal(PHASE_GROUP, phase.group());
    execution.setVariableLocal(PHASE_PLANNED_START, Date.from(phase.start().atStartOfDay(ROME).toInstant()));
    execution.setVariableLocal(PHASE_DUE_DATE, endOf(phase.end()));
    execution.setVariableLocal(PHASE_LATE, false);
    execution.setVariableLocal(PHASE_OUTCOME, null);
    execution.setVariableLocal(PHASE_CONCLUDED, false);
    execution.setVariableLocal(PHASE_REOPENED_BY, null);
    execution.setVariableLocal(PHASE_REOPENING_REASON, null);
    execution.setVariableLocal(PHASE_COMPLETION, null);
  }

  static Date endOf(LocalDate day) {
    return Date.from(day.atTime(23, 59, 59).atZone(ROME).toInstant());
  }
}
