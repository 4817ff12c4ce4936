package it.pegworkflow.process;

/**
 * The names the MonitoringCampaign model and the code share (docs/campaigns.md). They live beside the
 * objective's because the guard on people's commands (TaskContract) and the e-mails know both processes.
 */
public final class CampaignConstants {

  public static final String CAMPAIGN_PROCESS_KEY = "MonitoringCampaign";

  // Elements
  public static final String TASK_REPORT_PROGRESS = "Task_ReportProgress";
  public static final String TASK_REVIEW_OBJECTIVE = "Task_ReviewObjective";
  public static final String TASK_CLOSE_CAMPAIGN = "Task_CloseCampaign";
  public static final String TIMER_ANSWER_DEADLINE = "Timer_AnswerDeadline";
  public static final String TIMER_REMINDER = "Timer_Reminder";

  // The start form
  public static final String REFERENCE_DATE = "referenceDate";
  public static final String ANSWER_DEADLINE = "answerDeadline";
  /** The Direzioni asked, one per line; empty for all of them. */
  public static final String CAMPAIGN_SCOPE = "campaignScope";

  // Kept by the process
  public static final String CAMPAIGN_ID = "campaignId";
  /** The reference day as people read it, 30/06/2026, for the tasks' names and forms. */
  public static final String REFERENCE_DAY = "referenceDay";
  /** When the campaign closes: the start of the day after the answer deadline. */
  public static final String CLOSING_TIME = "closingTime";
  public static final String REMINDER_TIME = "reminderTime";
  public static final String CLOSED_EARLY = "campaignClosedEarly";

  // Local to each phase asked (the objective's element variable is objectiveCode, the phase's phaseNumber)
  public static final String RESPONSIBLE_ID = "responsibleId";
  public static final String PLANNED_PROGRESS = "plannedProgress";

  // The responsible's answer
  public static final String PROGRESS_COMPLETION = "progressCompletion";
  public static final String PROGRESS_FORECAST_END = "progressForecastEnd";
  public static final String PROGRESS_CRITICALITY = "progressCriticality";
  public static final String PROGRESS_NOTE = "progressNote";
  public static final String PROGRESS_PROPOSAL = "progressProposal";

  // The Dirigente's review
  /** The phases' answers as the Dirigente reads them (one line each), shown by the form, never sent back. */
  public static final String REVIEW_ANSWERS = "reviewAnswers";
  public static final String REVIEW_INDICATORS = "reviewIndicators";
  public static final String INDICATOR_VALUES = "indicatorValues";
  public static final String INDICATOR_REASONS = "indicatorReasons";
  public static final String PHASE_CORRECTIONS = "phaseCorrections";
  public static final String REVIEW_COMMENT = "reviewComment";

  private CampaignConstants() {}
}
