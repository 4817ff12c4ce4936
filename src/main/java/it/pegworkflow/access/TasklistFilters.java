package it.pegworkflow.access;

import static it.pegworkflow.process.ProcessConstants.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The filters every Tasklist user finds ready, shared with everyone. Tasklist opens on the first
 * (lowest priority): *I miei compiti*, everything waiting for me, whatever my role. Each filter is
 * made once by name and brought to this definition when an installation made by an earlier
 * version still has an older one ({@link #DEFINITION}).
 */
@Component
public class TasklistFilters {

  static final String ALL_TASKS = "Tutti i compiti";
  static final String MY_TASKS = "I miei compiti";
  private static final int ALL_TASKS_PRIORITY = 99;
  /** Which definition a filter follows: raise it when a query or a description below changes. */
  public static final int DEFINITION = 2;
  private static final String DEFINITION_PROPERTY = "pegDefinition";

  private final FilterService filters;
  private final TaskService tasks;
  private final AccessRules access;

  TasklistFilters(FilterService filters, TaskService tasks, AccessRules access) {
    this.filters = filters;
    this.tasks = tasks;
    this.access = access;
  }

  public void provide() {
    // Mine: assigned to me, or offered to a group of mine and not yet taken (the Nucleo's validations).
    filter(0, MY_TASKS, "Tutto ciò che aspetta me: fasi, solleciti, indicatori, motivazioni, validazioni",
        tasks.createTaskQuery().or().taskAssigneeExpression("${currentUser()}")
            .taskCandidateGroupInExpression("${currentUserGroups()}").endOr());
    filter(1, "Le mie fasi", "Le fasi di cui sono responsabile",
        tasks.createTaskQuery().taskDefinitionKey(TASK_COMPLETE_PHASE).taskAssigneeExpression("${currentUser()}"));
    filter(2, "Fasi del mio ufficio", "Fasi dei miei centri di responsabilità non ancora assegnate",
        tasks.createTaskQuery().taskDefinitionKey(TASK_COMPLETE_PHASE).taskCandidateGroupInExpression("${currentUserGroups()}"));
    filter(3, "In ritardo", "Compiti oltre la scadenza",
        tasks.createTaskQuery().dueBeforeExpression("${now()}"));
    filter(4, "Da rendicontare", "Indicatori di cui rilevare il valore effettivo",
        tasks.createTaskQuery().taskDefinitionKey(TASK_RECORD_INDICATOR).taskAssigneeExpression("${currentUser()}"));
    filter(5, "Da validare", "Rendicontazioni in attesa del Nucleo di Valutazione",
        tasks.createTaskQuery().taskDefinitionKey(TASK_VALIDATE_REPORT).taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks());
    // The starter's catch-all filter, last in the list.
    Filter all = filters.createFilterQuery().filterName(ALL_TASKS).singleResult();
    if (all != null) {
      if (!Integer.valueOf(ALL_TASKS_PRIORITY).equals(all.getProperties().get("priority"))) {
        var properties = new java.util.HashMap<>(all.getProperties());
        properties.put("priority", ALL_TASKS_PRIORITY);
        properties.put("description", "Tutti i compiti che posso vedere");
        all.setProperties(properties);
        filters.saveFilter(all);
      }
      access.shareFilter(all.getId());
    }
  }

  private void filter(int priority, String name, String description, TaskQuery query) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null || !Integer.valueOf(DEFINITION).equals(filter.getProperties().get(DEFINITION_PROPERTY))) {
      filter = filter != null ? filter : filters.newTaskFilter(name);
      filter.setQuery(query);
      filter.setProperties(Map.of(
          "priority", priority,
          "description", description,
          "refresh", true,
          DEFINITION_PROPERTY, DEFINITION,
          "variables", List.of(Map.of("name", OBJECTIVE_CODE, "label", "Obiettivo"))));
      filters.saveFilter(filter);
    }
    access.shareFilter(filter.getId());
  }
}
