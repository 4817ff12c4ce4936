package it.pegworkflow.bench;

import static it.pegworkflow.process.ProcessConstants.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The fair floor of a REST completion: stock Camunda REST with the same security (HTTP Basic, the
 * engine's authorization checks) completing the bare process's phases ({@link BareProcess}: no
 * listener, no delegate of ours) through the same {@code /engine-rest/task/{id}/complete}, with
 * the same people as clients and as many tasks each. The difference to ours is what our code adds
 * (listeners, delegates, the contract check, our tables); the HTTP, the login and the engine's
 * checks are the same on both sides.
 */
final class StockRestFloor {

  /** What the phase form sends when a phase is concluded. */
  static final List<String> REPORT = List.of(PHASE_COMPLETION, PHASE_ACTUAL_END, PHASE_REPORT);

  private StockRestFloor() {}

  /**
   * The open bare phases of {@code year} given to the people of {@code ours}, as many as each has of
   * ours. Giving a task to someone is what grants it to them (the engine's authorization provider
   * gives the assignee READ and TASK_WORK on the task). The bare model has no listener to keep a
   * phase's report on the phase, as ours does ({@code OpenPhase}): the completion's values would go
   * to the process instance, where two people completing phases of one instance at once collide on
   * the same variable row (a 500 for one of them). So each bare phase gets them as empty local
   * variables beforehand, as Camunda's own input mappings would declare them, and the REST call
   * writes them there.
   */
  static Map<String, List<String>> sameWork(ProcessEngine engine, int year, Map<String, List<String>> ours) {
    TaskService tasks = engine.getTaskService();
    Iterator<Task> open = tasks.createTaskQuery().processDefinitionKey(BareProcess.KEY)
        .processInstanceBusinessKeyLike(year + "_B%").taskDefinitionKey(TASK_COMPLETE_PHASE).list().iterator();
    Map<String, Object> empty = new HashMap<>();
    REPORT.forEach(name -> empty.put(name, null));
    Map<String, List<String>> given = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> person : ours.entrySet()) {
      List<String> theirs = new ArrayList<>();
      while (theirs.size() < person.getValue().size() && open.hasNext()) {
        Task task = open.next();
        tasks.setAssignee(task.getId(), person.getKey());
        engine.getRuntimeService().setVariablesLocal(task.getExecutionId(), empty);
        theirs.add(task.getId());
      }
      given.put(person.getKey(), theirs);
    }
    return given;
  }
}
