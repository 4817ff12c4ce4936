package it.pegworkflow.monitoring;

import java.util.Set;

/**
 * Who reads, and the one rule of what they see (docs/security.md, «Who reads what»), used by every
 * read path of the API: the list, the detail, the dashboard, the Gantt, the plan's versions and the reports.
 *
 * <ul>
 *   <li>Those who follow an objective (the engine lets them read its process instance: its Dirigente
 *       and Direttore; the Nucleo, the controllo di gestione and the administrators follow them all)
 *       see all of it.</li>
 *   <li>A responsible of one of its phases sees its plan (with its versions: the variations change
 *       the plan), where it is, and what they themselves reported: nothing of how colleagues' phases
 *       went, of the indicators' values, of the scores.</li>
 *   <li>Anyone else does not see it: it answers as one that does not exist.</li>
 * </ul>
 *
 * @param all whether the reader follows every objective
 * @param followedInstances the process instances the reader follows (when not {@code all})
 * @param responsibleFor the codes of the objectives in which the reader is responsible of a phase
 */
public record Reader(String userId, boolean all, Set<String> followedInstances, Set<String> responsibleFor) {

  public static Reader nobody() {
    return new Reader("", false, Set.of(), Set.of());
  }

  public boolean follows(MonitoredObjective objective) {
    return all || objective.processInstanceId() != null && followedInstances.contains(objective.processInstanceId());
  }

  public boolean mayRead(MonitoredObjective objective) {
    return follows(objective) || responsibleFor.contains(objective.code());
  }

  /** The same rule for an objective known by its code and process instance only (the campaigns' rows). */
  public boolean follows(String processInstanceId) {
    return all || processInstanceId != null && followedInstances.contains(processInstanceId);
  }

  public boolean mayRead(String code, String processInstanceId) {
    return follows(processInstanceId) || responsibleFor.contains(code);
  }

  /** The objective as this reader may see it (call only for one they {@link #mayRead}). */
  public MonitoredObjective seen(MonitoredObjective objective) {
    return follows(objective) ? objective : objective.withoutResults();
  }

  public MonitoredPhase seen(MonitoredObjective objective, MonitoredPhase phase) {
    return seesHowItWent(objective, phase) ? phase : phase.asPlanned();
  }

  /** Whether this reader sees what happened to the phase: those who follow the objective, and its responsible. */
  public boolean seesHowItWent(MonitoredObjective objective, MonitoredPhase phase) {
    return follows(objective) || userId.equals(phase.responsibleId());
  }

  public MonitoredIndicator seen(MonitoredObjective objective, MonitoredIndicator indicator) {
    return follows(objective) ? indicator : indicator.asPlanned();
  }
}
