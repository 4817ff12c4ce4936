package it.pegworkflow.process;

/** The names the BPMN template and the code share: process key, element ids, variables, groups. */
public final class ProcessConstants {

  public static final String PROCESS_KEY = "PegObjective";
  public static final String BAND_DECISION = "ObjectiveBand";

  // Elements
  public static final String TIMER_PLANNED_START = "Timer_PlannedStartReached";
  public static final String SUBPROCESS_PHASE = "SubProcess_Phase";
  public static final String SUBPROCESS_PHASE_WORK = "SubProcess_PhaseWork";
  public static final String TASK_COMPLETE_PHASE = "Task_CompletePhase";
  /** The late warning's timer: an event subprocess' start, so it fires once per start of the phase's work. */
  public static final String TIMER_PLANNED_END = "Timer_PlannedEndPassed";
  /** A variation removed the phase: its event subprocess ends it and counts it among the concluded. */
  public static final String END_PHASE_REMOVED = "EndEvent_PhaseRemoved";
  public static final String START_PHASE_REMOVED = "StartEvent_PhaseRemoved";
  public static final String TASK_URGE_LATE_PHASE = "Task_UrgeLatePhase";
  public static final String TASK_RECORD_INDICATOR = "Task_RecordIndicator";
  public static final String SERVICE_CLOSE_UNFINISHED_PHASE = "ServiceTask_CloseUnfinishedPhase";
  public static final String SERVICE_REOPEN_PHASE = "ServiceTask_ReopenPhase";
  public static final String SERVICE_SCORE_OBJECTIVE = "ServiceTask_ScoreObjective";
  public static final String TASK_JUSTIFY_DEVIATION = "Task_JustifyDeviation";
  public static final String TASK_VALIDATE_REPORT = "Task_ValidateReport";
  /** The one indicator the Nucleo sent back, for the Dirigente alone (the other indicators keep their values). */
  public static final String TASK_REVISE_INDICATOR = "Task_ReviseIndicator";
  /** The one phase the Nucleo sent back: the Dirigente corrects its completion, actual end or report. */
  public static final String TASK_REVISE_PHASE = "Task_RevisePhase";
  public static final String END_OBJECTIVE_REPORTED = "EndEvent_ObjectiveReported";
  /** The Dirigente reopens a completed phase (PhaseReopening), correlated to the phase by its number. */
  public static final String MESSAGE_PHASE_REOPENED = "PhaseReopened";
  /** A variation removed the phase (PlanFollower), correlated to the phase by its number. */
  public static final String MESSAGE_PHASE_REMOVED = "PhaseRemoved";
  /** The reason of a withdrawn objective's deleted instance starts with these words, then the act. */
  public static final String WITHDRAWN_REASON = "Obiettivo ritirato: ";

  // Process variables
  public static final String OBJECTIVE_CODE = "objectiveCode";
  public static final String MANAGER_ID = "managerId";
  public static final String PHASE_COUNT = "phaseCount";
  public static final String INDICATOR_COUNT = "indicatorCount";
  public static final String REPORTING_DEADLINE = "reportingDeadline";
  public static final String PHASES_SCORE = "phasesScore";
  public static final String INDICATORS_SCORE = "indicatorsScore";
  public static final String OBJECTIVE_SCORE = "objectiveScore";
  /** Each indicator's score by its number, {"1": 100.0, "2": 80.0}: one JSON variable, readable in Cockpit. */
  public static final String INDICATOR_SCORES = "indicatorScores";
  public static final String BAND = "band";
  public static final String JUSTIFICATION_REQUIRED = "justificationRequired";
  public static final String DEVIATION_REASON = "deviationReason";
  /** The number of the one indicator the Nucleo sent back, null when none (docs/process.md). */
  public static final String SENT_BACK_INDICATOR = "sentBackIndicator";
  /** The number of the one phase the Nucleo sent back, null when none. */
  public static final String SENT_BACK_PHASE = "sentBackPhase";
  public static final String VALIDATION_APPROVED = "validationApproved";
  public static final String VALIDATION_REASON = "validationReason";
  /** How many phases are concluded (completed or closed at the deadline): all of them, and the reporting starts. */
  public static final String PHASES_CONCLUDED = "phasesConcluded";
  /** The act that withdrew the objective, set just before its instance is deleted (the projection reads it). */
  public static final String WITHDRAWAL_ACT = "withdrawalAct";

  // Local to each phase
  public static final String LOOP_COUNTER = "loopCounter";
  public static final String PHASE_NUMBER = "phaseNumber";
  public static final String PHASE_NAME = "phaseName";
  public static final String PHASE_ASSIGNEE = "phaseAssignee";
  public static final String PHASE_GROUP = "phaseGroup";
  public static final String PHASE_PLANNED_START = "phasePlannedStart";
  public static final String PHASE_DUE_DATE = "phaseDueDate";
  public static final String PHASE_LATE = "phaseLate";
  public static final String PHASE_PLANNED = "phasePlanned";
  public static final String PHASE_RESPONSIBLE = "phaseResponsible";
  public static final String PHASE_COMPLETION = "phaseCompletion";
  public static final String PHASE_ACTUAL_END = "phaseActualEnd";
  public static final String PHASE_REPORT = "phaseReport";
  /** The responsible's choice on the phase's task: {@link #OUTCOME_PROGRESS} or {@link #OUTCOME_CONCLUDED} (the default). */
  public static final String PHASE_OUTCOME = "phaseOutcome";
  public static final String OUTCOME_PROGRESS = "avanzamento";
  public static final String OUTCOME_CONCLUDED = "conclusa";
  /** Set by reportPhase from the choice: the model's gateway reads it. */
  public static final String PHASE_CONCLUDED = "phaseConcluded";
  public static final String PHASE_FORECAST_END = "phaseForecastEnd";
  public static final String PHASE_REOPENED_BY = "phaseReopenedBy";
  public static final String PHASE_REOPENING_REASON = "phaseReopeningReason";

  // Local to each indicator
  public static final String INDICATOR_NUMBER = "indicatorNumber";
  public static final String INDICATOR_DESCRIPTION = "indicatorDescription";
  public static final String INDICATOR_EXPECTED = "indicatorExpected";
  public static final String INDICATOR_HINT = "indicatorHint";
  public static final String INDICATOR_ACTUAL = "indicatorActual";
  public static final String INDICATOR_NOTE = "indicatorNote";

  // Groups that do not come from the sheets
  public static final String NUCLEO_GROUP = "nucleovalutazione";
  public static final String CONTROLLO_GROUP = "controllogestione";
  public static final String MANAGERS_GROUP = "dirigenti";
  public static final String DIRECTORS_GROUP = "direttori";

  /** The variables the process keeps: nobody writes them through the engine's API (docs/security.md). */
  public static final java.util.Set<String> PROCESS_VARIABLES = java.util.Set.of(OBJECTIVE_CODE, MANAGER_ID, PHASE_COUNT,
      INDICATOR_COUNT, REPORTING_DEADLINE, PHASES_SCORE, INDICATOR_SCORES, INDICATORS_SCORE, OBJECTIVE_SCORE, BAND, JUSTIFICATION_REQUIRED,
      DEVIATION_REASON, VALIDATION_APPROVED, VALIDATION_REASON, SENT_BACK_INDICATOR, SENT_BACK_PHASE, PHASE_NUMBER, PHASE_NAME, PHASE_ASSIGNEE, PHASE_GROUP,
      PHASE_PLANNED_START, PHASE_DUE_DATE, PHASE_LATE, PHASE_PLANNED, PHASE_RESPONSIBLE, PHASE_COMPLETION, PHASE_ACTUAL_END,
      PHASE_REPORT, INDICATOR_NUMBER, INDICATOR_DESCRIPTION, INDICATOR_EXPECTED, INDICATOR_HINT, INDICATOR_ACTUAL,
      INDICATOR_NOTE, PHASES_CONCLUDED, PHASE_OUTCOME, PHASE_CONCLUDED, PHASE_FORECAST_END, PHASE_REOPENED_BY,
      PHASE_REOPENING_REASON, WITHDRAWAL_ACT);

  private ProcessConstants() {}
}
