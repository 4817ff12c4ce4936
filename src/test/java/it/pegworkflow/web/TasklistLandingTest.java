package it.pegworkflow.web;

import static it.pegworkflow.process.ProcessConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.pegworkflow.access.TasklistFilters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist opens on the first shared filter: for every role it lists all of that person's open
 * tasks (the Dirigente's warnings and indicators, the Nucleo's validations, a responsible's phases),
 * and the late-phase warning is also under *In ritardo*. Read over the engine REST API as each person.
 */
class TasklistLandingTest extends MonitoringScenario {

  private static final int YEAR = 2042;
  private static final String NUCLEO = "nucleolanding";

  @Autowired FilterService filterService;
  @Autowired TasklistFilters tasklistFilters;

  @Test
  void everyoneLandsOnAllTheirOpenTasks() {
    scenario(YEAR);
    user(NUCLEO, NUCLEO_GROUP);

    assertThat(landing("fotifilippo").name).isEqualTo("I miei compiti");
    assertThat(tasks(landing("fotifilippo").id, "fotifilippo")).as("the Dirigente: the warning of B, the indicators of C")
        .containsExactlyInAnyOrder(TASK_URGE_LATE_PHASE + " " + code("B"), TASK_RECORD_INDICATOR + " " + code("C"),
            TASK_RECORD_INDICATOR + " " + code("C"), TASK_RECORD_INDICATOR + " " + code("C"));
    assertThat(tasks(landing(NUCLEO).id, NUCLEO)).as("the Nucleo: the validation of E, offered to its group")
        .containsExactly(TASK_VALIDATE_REPORT + " " + code("E"));
    assertThat(tasks(landing("vernamarco").id, "vernamarco")).as("a responsible: his open phases")
        .isNotEmpty().allMatch(task -> task.startsWith(TASK_COMPLETE_PHASE + " "))
        .hasSize(tasks.createTaskQuery().taskAssignee("vernamarco").processInstanceBusinessKeyLike(YEAR + "_MON%")
            .list().size());

    String late = filterId("fotifilippo", "In ritardo");
    assertThat(tasks(late, "fotifilippo")).as("the warning has the phase's deadline, past")
        .contains(TASK_URGE_LATE_PHASE + " " + code("B"));
  }

  /** An installation made by an earlier version has the filters of then: it gets today's at start-up. */
  @Test
  void anInstallationOfAnEarlierVersionGetsTheNewFilters() {
    Filter mine = filterService.createFilterQuery().filterName("I miei compiti").singleResult();
    filterService.deleteFilter(mine.getId());
    Filter phases = filterService.createFilterQuery().filterName("Le mie fasi").singleResult();
    phases.setProperties(Map.of("priority", 1, "description", "Le fasi di cui sono responsabile"));
    filterService.saveFilter(phases);

    tasklistFilters.provide();

    user("vernamarco");
    assertThat(landing("vernamarco").name).isEqualTo("I miei compiti");
    assertThat(filterService.createFilterQuery().filterName("Le mie fasi").singleResult().getProperties())
        .containsEntry("pegDefinition", TasklistFilters.DEFINITION);
  }

  private String code(String letter) {
    return YEAR + "_MON" + letter;
  }

  private record Shared(String id, String name, int priority) {}

  /** The filter Tasklist opens on: the first by priority among those the person may read. */
  private Shared landing(String user) {
    List<Shared> filters = new ArrayList<>();
    for (JsonNode filter : as(user).get("/engine-rest/filter?resourceType=Task&itemCount=false").body()) {
      filters.add(new Shared(filter.get("id").asText(), filter.get("name").asText(),
          filter.path("properties").path("priority").asInt(Integer.MAX_VALUE)));
    }
    return filters.stream().min(Comparator.comparingInt(Shared::priority)).orElseThrow();
  }

  private String filterId(String user, String name) {
    for (JsonNode filter : as(user).get("/engine-rest/filter?resourceType=Task").body()) {
      if (filter.get("name").asText().equals(name)) {
        return filter.get("id").asText();
      }
    }
    throw new AssertionError("no filter " + name);
  }

  /** The tasks of this test's year a filter lists to {@code user}, as "definition key, objective code". */
  private List<String> tasks(String filterId, String user) {
    var answer = as(user).postJson("/engine-rest/filter/" + filterId + "/list",
        Map.of("processInstanceBusinessKeyLike", YEAR + "_MON%"));
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    List<String> listed = new ArrayList<>();
    for (JsonNode task : answer.body()) {
      String code = (String) tasks.getVariable(task.get("id").asText(), OBJECTIVE_CODE);
      listed.add(task.get("taskDefinitionKey").asText() + " " + code);
    }
    return listed;
  }
}
