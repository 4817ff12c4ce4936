package it.pegworkflow.bench;

import static it.pegworkflow.process.ProcessConstants.TASK_COMPLETE_PHASE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The fair floor of a REST completion: stock Camunda REST with the same security (HTTP Basic, the
 * engine's authorization checks) completing the bare process's phases ({@link BareProcess}: no
 * listener, no delegate of ours) through the same {@code /engine-rest/task/{id}/complete}, with
 * the same people as clients and as much work each. The difference to ours is what our code adds.
 */
final class StockRestFloor {

  private StockRestFloor() {}

  /**
   * The open bare phases of {@code year} given to the people of {@code ours}, as many as each has of
   * ours, the phases of one instance to one person. Giving a task to someone is what grants them
   * the task (the engine's authorization provider gives the assignee READ and TASK_WORK on it).
   * One person per instance: the bare model keeps the completion's values on the process instance
   * (no listener makes them local to the phase), where two people completing phases of the same
   * instance at once would collide on the same variable row; ours keeps them on the phase.
   */
  static Map<String, List<String>> sameWork(ProcessEngine engine, int year, Map<String, List<String>> ours) {
    TaskService tasks = engine.getTaskService();
    Map<String, List<Task>> byInstance = tasks.createTaskQuery().processDefinitionKey(BareProcess.KEY)
        .processInstanceBusinessKeyLike(year + "_B%").taskDefinitionKey(TASK_COMPLETE_PHASE).list().stream()
        .collect(Collectors.groupingBy(Task::getProcessInstanceId, LinkedHashMap::new, Collectors.toList()));
    Map<String, List<String>> given = new LinkedHashMap<>();
    ours.keySet().forEach(person -> given.put(person, new ArrayList<>()));
    Comparator<String> mostMissing = Comparator.comparingInt(person -> ours.get(person).size() - given.get(person).size());
    for (List<Task> instance : byInstance.values()) {
      String person = ours.keySet().stream().max(mostMissing).orElseThrow();
      if (ours.get(person).size() <= given.get(person).size()) {
        break;
      }
      for (Task task : instance) {
        tasks.setAssignee(task.getId(), person);
        given.get(person).add(task.getId());
      }
    }
    return given;
  }
}
