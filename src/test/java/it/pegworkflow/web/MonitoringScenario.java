package it.pegworkflow.web;

import static it.pegworkflow.process.ProcessConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A PEG year for the monitoring tests: the real Firenze sheet imported five times into one year of
 * its own (the database is shared by the tests), each objective driven through the engine to a
 * different point, the clock left at 5 December of that year:
 * <ul>
 *   <li>{@code A} rendicontato: phase 2 closed late, score 78,00 "parzialmente raggiunto", justified, approved
 *       with a note;
 *   <li>{@code B} in corso, phase 2 late and open (progress 40% on 15/06, forecast end 20/12), phase 3 completed at 80%;
 *   <li>{@code C} in rendicontazione: every phase completed, indicators still to record;
 *   <li>{@code D} in corso, nothing started, Dirigente ROSSI MARIO instead of FOTI FILIPPO;
 *   <li>{@code E} in validazione: score 100,00 "raggiunto", waiting for the Nucleo.
 * </ul>
 */
abstract class MonitoringScenario extends RunningApplication {

  static final String OTHER_MANAGER = "rossimario";
  /** What the Nucleo wrote when it approved {@code A}. */
  static final String VALIDATION_NOTE = "Approvata: valori verificati sui protocolli";
  private static final Map<Integer, PegYear> YEARS = new HashMap<>();

  @Autowired TaskService tasks;

  /** The codes and process instances of a scenario year, keyed by letter. */
  record PegYear(int year, Map<String, String> codes, Map<String, String> instances) {
    String code(String letter) {
      return codes.get(letter);
    }
  }

  /** The year, built once per JVM (the Spring context and its database are shared). */
  PegYear scenario(int year) {
    PegYear built = YEARS.computeIfAbsent(year, this::build);
    today(year + "-12-05");
    for (String person : List.of("fotifilippo", "cavallerivincenzo", "vernamarco", OTHER_MANAGER)) {
      user(person);
    }
    return built;
  }

  private PegYear build(int year) {
    Map<String, String> codes = new HashMap<>();
    Map<String, String> instances = new HashMap<>();
    today((year - 1) + "-12-15");
    for (String letter : List.of("A", "B", "C", "D", "E")) {
      String code = year + "_MON" + letter;
      String sheet = realSheet(code).replace("/2017", "/" + year);
      if (letter.equals("D")) {
        sheet = sheet.replace("FOTI FILIPPO", "ROSSI MARIO");
      }
      var imported = as(CONTROLLO).postText("/api/objectives", sheet);
      assertThat(imported.status()).as(imported.text()).isEqualTo(201);
      codes.put(letter, code);
      instances.put(letter, imported.body().at("/objectives/0/processInstanceId").asText());
    }
    today(year + "-03-02");
    List.of("A", "B", "C", "E").forEach(letter -> runDueJobs(instances.get(letter)));

    today(year + "-06-15");
    for (String letter : List.of("A", "B")) {
      completePhase(instances.get(letter), 3, 80, year + "-06-15");
    }
    recordProgress(instances.get("B"), 2, 40, "Metà dei protocolli firmati", year + "-12-20");

    today(year + "-11-15");
    for (String letter : List.of("C", "E")) {
      for (int phase = 1; phase <= 4; phase++) {
        completePhase(instances.get(letter), phase, 100, year + "-11-15");
      }
    }
    recordIndicators(instances.get("E"), "20/06/" + year, "3/5", "120");
    runDueJobs(instances.get("E"));

    today(year + "-12-05");
    runDueJobs(instances.get("A"));
    runDueJobs(instances.get("B"));
    String a = instances.get("A");
    completePhase(a, 2, 100, year + "-12-04");
    completePhase(a, 1, 100, year + "-12-05");
    completePhase(a, 4, 50, year + "-12-05");
    recordIndicators(a, "05/07/" + year, "1/4", "80");
    runDueJobs(a);
    tasks.complete(single(a, TASK_JUSTIFY_DEVIATION).getId(),
        Map.of(DEVIATION_REASON, "Finanziamenti regionali arrivati in ritardo; vedi nota \"FEAD\" <allegata> & protocollo"));
    tasks.complete(single(a, TASK_VALIDATE_REPORT).getId(), Map.of(VALIDATION_APPROVED, true,
        VALIDATION_REASON, VALIDATION_NOTE));
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(a).finished().count()).isEqualTo(1);
    return new PegYear(year, Map.copyOf(codes), Map.copyOf(instances));
  }

  void completePhase(String instanceId, int number, int completion, String actualEnd) {
    Task task = phaseTask(instanceId, number);
    tasks.complete(task.getId(), Map.of(PHASE_COMPLETION, completion, PHASE_ACTUAL_END, actualEnd,
        PHASE_REPORT, "Fase " + number + " rendicontata"));
    runDueJobs(instanceId); // the process continues asynchronously after a phase
  }

  private Task phaseTask(String instanceId, int number) {
    return tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(TASK_COMPLETE_PHASE).list()
        .stream().filter(t -> tasks.getVariable(t.getId(), PHASE_NUMBER).equals(number)).findFirst().orElseThrow();
  }

  private void recordProgress(String instanceId, int number, int completion, String note, String forecastEnd) {
    tasks.complete(phaseTask(instanceId, number).getId(), Map.of(PHASE_OUTCOME, OUTCOME_PROGRESS,
        PHASE_COMPLETION, completion, PHASE_REPORT, note, PHASE_FORECAST_END, forecastEnd));
  }

  void recordIndicators(String instanceId, String... actuals) {
    for (Task task : tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(TASK_RECORD_INDICATOR).list()) {
      int number = (Integer) tasks.getVariable(task.getId(), INDICATOR_NUMBER);
      tasks.complete(task.getId(), Map.of(INDICATOR_ACTUAL, actuals[number - 1], INDICATOR_NOTE, "Rilevato"));
    }
    runDueJobs(instanceId);
  }

  Task single(String instanceId, String taskDefinitionKey) {
    return tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskDefinitionKey).singleResult();
  }
}
