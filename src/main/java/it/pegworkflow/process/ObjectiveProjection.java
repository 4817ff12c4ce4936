package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.objective.ObjectiveState;
import it.pegworkflow.objective.PhaseState;
import it.pegworkflow.platform.CurrentUser;
import it.pegworkflow.platform.EngineClock;
import it.pegworkflow.platform.EngineHistory;
import it.pegworkflow.store.ProgressStore;
import java.math.BigDecimal;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Our tables as a projection of what the engine did: the one writer of an objective's progress
 * (docs/process.md, "The projection"). It reads the engine's history events (platform.HistoryFeed),
 * so it sees a task's values only after the model's validation left them canonical, and it follows the
 * engine whatever path a change took. The objective is the instance's business key; the phase or the
 * indicator is the {@code phaseNumber} / {@code indicatorNumber} of the event's scope. What a person
 * enters is read when their task ends (the values a task's form sends are events too, but before the
 * model's validation has refused or cleaned them); what the model's own steps set, when they set it.
 */
@Component
class ObjectiveProjection implements EngineHistory {

  private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";
  private static final Set<String> FOLLOWED_VARIABLES = Set.of(PHASE_LATE, INDICATOR_SCORES, OBJECTIVE_SCORE, BAND, WITHDRAWAL_ACT);

  private final ProgressStore progress;
  private final PlanningCalendar calendar;
  private final IdentityService identity;

  /** The engine's identity service is lazy: the engine is built with this projection among its plugins' handlers. */
  ObjectiveProjection(ProgressStore progress, PlanningCalendar calendar, @Lazy IdentityService identity) {
    this.progress = progress;
    this.calendar = calendar;
    this.identity = identity;
  }

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  @Override
  public boolean followsVariable(String name) {
    return FOLLOWED_VARIABLES.contains(name);
  }

  @Override
  public void activityStarted(String activityId, DelegateExecution execution) {
    String code = execution.getProcessBusinessKey();
    switch (activityId) {
      case TASK_COMPLETE_PHASE -> progress.phaseState(code, phase(execution), PhaseState.RUNNING);
      case END_PHASE_REMOVED -> progress.phaseState(code, phase(execution), PhaseState.REMOVED);
      case TASK_RECORD_INDICATOR, TASK_RECORD_INDICATOR + MULTI_INSTANCE_BODY, TASK_REVISE_INDICATOR, TASK_REVISE_PHASE ->
          progress.objectiveState(code, ObjectiveState.REPORTING);
      case TASK_VALIDATE_REPORT -> progress.objectiveState(code, ObjectiveState.VALIDATING);
      case END_OBJECTIVE_REPORTED -> progress.objectiveState(code, ObjectiveState.REPORTED);
      default -> { }
    }
  }

  @Override
  public void activityEnded(String activityId, boolean completed, DelegateExecution execution) {
    if (!completed) {
      return;
    }
    String code = execution.getProcessBusinessKey();
    switch (activityId) {
      case TASK_COMPLETE_PHASE -> {
        if (Boolean.TRUE.equals(execution.getVariable(PHASE_CONCLUDED))) {
          progress.phaseReported(code, phase(execution), completion(execution),
              calendar.dayOf((Date) execution.getVariable(PHASE_ACTUAL_END)), (String) execution.getVariable(PHASE_REPORT));
        } else {
          Date forecast = (Date) execution.getVariable(PHASE_FORECAST_END);
          progress.progressRecorded(code, phase(execution), EngineClock.now(), CurrentUser.of(identity).map(CurrentUser::id).orElse(null),
              completion(execution), forecast == null ? null : calendar.dayOf(forecast), (String) execution.getVariable(PHASE_REPORT));
        }
      }
      case SERVICE_REOPEN_PHASE -> progress.phaseReopened(code, phase(execution));
      case SERVICE_CLOSE_UNFINISHED_PHASE -> progress.phaseClosedUnfinished(code, phase(execution), completion(execution));
      case TASK_REVISE_PHASE -> progress.phaseRevised(code, phase(execution), completion(execution),
          calendar.dayOf((Date) execution.getVariable(PHASE_ACTUAL_END)), (String) execution.getVariable(PHASE_REPORT));
      case TASK_RECORD_INDICATOR, TASK_REVISE_INDICATOR -> progress.indicatorRecorded(code, (Integer) execution.getVariable(INDICATOR_NUMBER),
          (String) execution.getVariable(INDICATOR_ACTUAL), (String) execution.getVariable(INDICATOR_NOTE));
      case TASK_JUSTIFY_DEVIATION -> progress.deviationJustified(code, (String) execution.getVariable(DEVIATION_REASON));
      case TASK_VALIDATE_REPORT -> progress.validationNote(code, (String) execution.getVariable(VALIDATION_REASON));
      default -> { }
    }
  }

  @Override
  public void variableSet(String name, Object value, DelegateExecution execution) {
    String code = execution.getProcessBusinessKey();
    switch (name) {
      // false again when a variation moved a late phase's end into the future (PlanFollower)
      case PHASE_LATE -> progress.phaseLate(code, phase(execution), Boolean.TRUE.equals(value));
      case WITHDRAWAL_ACT -> progress.objectiveState(code, ObjectiveState.WITHDRAWN);
      case OBJECTIVE_SCORE -> progress.objectiveScored(code, decimal(execution.getVariable(PHASES_SCORE)),
          decimal(execution.getVariable(INDICATORS_SCORE)), decimal(value));
      case INDICATOR_SCORES -> ((Map<?, ?>) value).forEach((number, score) ->
          progress.indicatorScored(code, Integer.parseInt(number.toString()), decimal(score)));
      case BAND -> progress.objectiveBand(code, (String) value);
      default -> { }
    }
  }

  private static int phase(DelegateExecution execution) {
    return (Integer) execution.getVariable(PHASE_NUMBER);
  }

  /** As the model's step left it: a number between 0 and 100 (ReportPhase, CloseUnfinishedPhase). */
  private static BigDecimal completion(DelegateExecution execution) {
    return decimal(execution.getVariable(PHASE_COMPLETION));
  }

  private static BigDecimal decimal(Object value) {
    return value == null ? null : BigDecimal.valueOf(((Number) value).doubleValue());
  }
}
