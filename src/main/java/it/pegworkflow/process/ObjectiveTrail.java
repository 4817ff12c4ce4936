package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.platform.AsTheApplication;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Component;

/**
 * Who did what on an objective, and when, read from the engine's history: its one home (docs/monitoring.md,
 * "The trail"). Every completed user task of the instance, whatever the task (a task added to the model
 * later shows with the values it was completed with), the reopenings of phases, and the comments people
 * wrote on its tasks. Names are people's display names. Whether the caller may read it is decided
 * before ({@code monitoring.Reader}); the engine is read as the application.
 */
@Component
public class ObjectiveTrail {

  private final HistoryService history;
  private final TaskService tasks;
  private final IdentityService identity;
  private final TrailWords words;

  ObjectiveTrail(HistoryService history, TaskService tasks, IdentityService identity, TrailWords words) {
    this.history = history;
    this.tasks = tasks;
    this.identity = identity;
    this.words = words;
  }

  /** One thing a person did; {@code phase} or {@code indicator} when it was about one. */
  public record Entry(Instant at, String actorId, String actor, String action, Integer phase, Integer indicator,
      String task, List<Value> values) {}

  /** What they entered, under the label of the task's form. */
  public record Value(String label, String value) {}

  public List<Entry> of(String processInstanceId) {
    return AsTheApplication.run(identity, () -> read(processInstanceId));
  }

  private List<Entry> read(String instance) {
    Scopes scopes = new Scopes(history, instance);
    // What completing a task wrote (the values sent, then what the task's step left) is recorded on
    // the task's activity instance: the execution stands on the task while it completes.
    Map<String, List<HistoricVariableUpdate>> updatesByActivity = new HashMap<>();
    List<HistoricVariableUpdate> reopenings = new ArrayList<>();
    List<HistoricVariableUpdate> reopeners = new ArrayList<>();
    for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates()
        .orderPartiallyByOccurrence().asc().list()) {
      HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
      if (PHASE_REOPENED_BY.equals(update.getVariableName())) {
        reopeners.add(update);
      }
      if (update.getActivityInstanceId() != null) {
        updatesByActivity.computeIfAbsent(update.getActivityInstanceId(), id -> new ArrayList<>()).add(update);
      }
      if (PHASE_REOPENING_REASON.equals(update.getVariableName()) && update.getValue() != null) {
        reopenings.add(update);
      }
    }
    Map<String, String> completedBy = history.createUserOperationLogQuery().processInstanceId(instance)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
        .filter(entry -> entry.getTaskId() != null && entry.getUserId() != null)
        .collect(Collectors.toMap(UserOperationLogEntry::getTaskId, UserOperationLogEntry::getUserId, (a, b) -> a));

    List<Entry> entries = new ArrayList<>();
    Map<String, HistoricTaskInstance> byId = new HashMap<>();
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(instance).list()) {
      byId.put(task.getId(), task);
      if (task.getEndTime() == null || !"completed".equals(task.getDeleteReason())) {
        continue;
      }
      Map<String, Object> sent = lastValues(updatesByActivity.getOrDefault(task.getActivityInstanceId(), List.of()));
      String actor = completedBy.getOrDefault(task.getId(), task.getAssignee());
      entries.add(new Entry(task.getEndTime().toInstant(), actor, null, words.action(task.getTaskDefinitionKey(), sent),
          scopes.phase(task.getActivityInstanceId()), scopes.indicator(task.getActivityInstanceId()), task.getName(),
          words.values(task.getTaskDefinitionKey(), sent)));
    }
    for (HistoricVariableUpdate reason : reopenings) {
      Object by = reopenedBy(reopeners, reason);
      entries.add(new Entry(reason.getTime().toInstant(), by == null ? null : by.toString(), null, "ha riaperto la fase",
          scopes.phase(reason.getActivityInstanceId()), null, null,
          List.of(new Value("Motivo della riapertura", reason.getValue().toString()))));
    }
    for (Comment comment : tasks.getProcessInstanceComments(instance)) {
      HistoricTaskInstance task = comment.getTaskId() == null ? null : byId.get(comment.getTaskId());
      String scope = task == null ? null : task.getActivityInstanceId();
      entries.add(new Entry(comment.getTime().toInstant(), comment.getUserId(), null, "ha commentato",
          scopes.phase(scope), scopes.indicator(scope), task == null ? null : task.getName(),
          List.of(new Value("Commento", comment.getFullMessage()))));
    }
    entries.sort(Comparator.comparing(Entry::at));
    return named(entries);
  }

  /** Who reopened: set with the reason, on the same phase, in the same moment. */
  private static Object reopenedBy(List<HistoricVariableUpdate> reopeners, HistoricVariableUpdate reason) {
    return reopeners.stream()
        .filter(u -> u.getValue() != null && reason.getExecutionId().equals(u.getExecutionId())
            && !u.getTime().after(reason.getTime()))
        .max(Comparator.comparing(HistoricDetail::getTime)).map(HistoricVariableUpdate::getValue).orElse(null);
  }

  /** The last value each variable took while the task was completed: what the task's step left. */
  private static Map<String, Object> lastValues(List<HistoricVariableUpdate> updates) {
    Map<String, Object> values = new HashMap<>();
    updates.forEach(update -> values.put(update.getVariableName(), update.getValue()));
    return values;
  }

  private List<Entry> named(List<Entry> entries) {
    Set<String> ids = entries.stream().map(Entry::actorId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    Map<String, String> names = ids.isEmpty() ? Map.of() : identity.createUserQuery()
        .userIdIn(ids.toArray(String[]::new)).list().stream()
        .collect(Collectors.toMap(User::getId, ObjectiveTrail::displayName));
    return entries.stream().map(e -> new Entry(e.at(), e.actorId(),
        e.actorId() == null ? "il sistema" : names.getOrDefault(e.actorId(), e.actorId()),
        e.action(), e.phase(), e.indicator(), e.task(), e.values())).toList();
  }

  private static String displayName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }

  /**
   * Which phase or indicator an activity instance belongs to: the number kept on the execution of
   * that activity or of a scope around it (the phase's subprocess, the indicator's task).
   */
  private static final class Scopes {
    private final Map<String, String> parents = new HashMap<>();
    private final Map<String, String> executions = new HashMap<>();
    private final Map<String, Integer> phases = new HashMap<>();
    private final Map<String, Integer> indicators = new HashMap<>();

    Scopes(HistoryService history, String instance) {
      for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery().processInstanceId(instance).list()) {
        parents.put(activity.getId(), activity.getParentActivityInstanceId());
        executions.put(activity.getId(), activity.getExecutionId());
      }
      history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableNameIn(PHASE_NUMBER, INDICATOR_NUMBER)
          .list().forEach(variable -> (PHASE_NUMBER.equals(variable.getName()) ? phases : indicators)
              .put(variable.getExecutionId(), (Integer) variable.getValue()));
    }

    Integer phase(String activityInstanceId) {
      return find(phases, activityInstanceId);
    }

    Integer indicator(String activityInstanceId) {
      return find(indicators, activityInstanceId);
    }

    private Integer find(Map<String, Integer> numbers, String activityInstanceId) {
      for (String id = activityInstanceId; id != null; id = parents.get(id)) {
        Integer number = numbers.get(executions.get(id));
        if (number != null) {
          return number;
        }
      }
      return null;
    }
  }
}
