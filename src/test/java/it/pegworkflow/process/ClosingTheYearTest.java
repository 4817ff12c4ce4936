package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;
import static it.pegworkflow.process.ProcessHarness.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import it.pegworkflow.objective.ObjectiveState;
import it.pegworkflow.store.IndicatorRow;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The end of the year: a score under 100, the Dirigente's justification, the Nucleo's word. */
class ClosingTheYearTest extends ProcessTest {

  @Autowired JdbcClient jdbc;

  ProcessInstance instance;

  @BeforeEach
  void runThePhasesWithMixedResults() {
    today("2016-12-20");
    var imported = harness.importSheet(ProcessHarness.realSheet(code));
    instance = instance(imported);
    today("2017-03-01");
    harness.runDueJobs(instance.getId());
    today("2017-11-20");
    harness.completePhase(harness.phaseTask(instance.getId(), "Attuazione proposta"), 100, "2017-11-20", "Fatto");
    harness.completePhase(harness.phaseTask(instance.getId(), "Stipula protocolli"), 50, "2017-11-20", "Metà dei protocolli");
    harness.completePhase(harness.phaseTask(instance.getId(), "Promuovere l'integrazione"), 100, "2017-11-20", "Fatto");
    harness.completePhase(harness.phaseTask(instance.getId(), "Ricerca finanziamenti"), 80, "2017-11-20", "Quasi");
  }

  @Test
  void aScoreUnder100AsksTheDirigenteWhyAndTheNucleoCanSendItBackOnce() {
    harness.recordIndicators(instance.getId(), "10/07/2017", "1/5", "120");
    harness.runDueJobs(instance.getId());

    // Phases: (30*100 + 20*50 + 20*100 + 30*80) / 100 = 84.
    // Indicators: presented 10 days after 30 June -> 100 - 10 = 90; 1/5 = 0.2 of 2/4 = 0.5 -> 40;
    // 120 > 100 -> 100. Mean (90 + 40 + 100) / 3 = 76.67.
    // Objective: 0.5 * 84 + 0.5 * 76.666... = 80.33 -> "parzialmente raggiunto".
    assertThat(instance).isWaitingAt(TASK_JUSTIFY_DEVIATION).variables()
        .containsEntry(PHASES_SCORE, 84.0).containsEntry(INDICATORS_SCORE, 76.67)
        .containsEntry(OBJECTIVE_SCORE, 80.33).containsEntry(BAND, "parzialmente raggiunto");
    assertThat(store.indicators(code)).extracting(IndicatorRow::score)
        .usingElementComparator(java.math.BigDecimal::compareTo)
        .containsExactly(new java.math.BigDecimal("90"), new java.math.BigDecimal("40"), new java.math.BigDecimal("100"));
    assertThat(taskOf(TASK_JUSTIFY_DEVIATION).getAssignee()).isEqualTo("fotifilippo");

    complete(TASK_JUSTIFY_DEVIATION, Map.of(DEVIATION_REASON, "Due progetti su cinque non ancora valutati dalla Regione"));
    assertThat(instance).isWaitingAt(TASK_VALIDATE_REPORT);
    assertThat(objectives.objective(code).orElseThrow().state()).isEqualTo(ObjectiveState.VALIDATING);

    complete(TASK_VALIDATE_REPORT, Map.of(VALIDATION_APPROVED, false,
        VALIDATION_REASON, "Il rapporto dei progetti va ricalcolato con gli esiti di dicembre"));
    assertThat(instance).isWaitingAt(TASK_RECORD_INDICATOR);
    assertThat(objectives.objective(code).orElseThrow().state()).isEqualTo(ObjectiveState.REPORTING);
    var ratioTask = harness.tasksOf(instance.getId(), TASK_RECORD_INDICATOR).stream()
        .filter(t -> Integer.valueOf(2).equals(tasks.getVariable(t.getId(), INDICATOR_NUMBER))).findFirst().orElseThrow();
    assertThat(tasks.getVariable(ratioTask.getId(), INDICATOR_ACTUAL)).as("the earlier value is shown again").isEqualTo("1/5");

    harness.recordIndicators(instance.getId(), "10/07/2017", "3/5", "120");
    harness.runDueJobs(instance.getId());
    // Indicators now (90 + 100 + 100) / 3 = 96.67; objective 0.5 * 84 + 0.5 * 96.666... = 90.33.
    assertThat(instance).isWaitingAt(TASK_JUSTIFY_DEVIATION).variables().containsEntry(OBJECTIVE_SCORE, 90.33);
    complete(TASK_JUSTIFY_DEVIATION, Map.of(DEVIATION_REASON, "La fase dei protocolli è rimasta a metà"));
    complete(TASK_VALIDATE_REPORT, Map.of(VALIDATION_APPROVED, true));

    assertThat(instance).isEnded();
    var reported = objectives.objective(code).orElseThrow();
    assertThat(reported.state()).isEqualTo(ObjectiveState.REPORTED);
    assertThat(reported.score()).isEqualByComparingTo("90.33");
    assertThat(reported.band()).isEqualTo("parzialmente raggiunto");
    assertThat(reported.deviationReason()).isEqualTo("La fase dei protocolli è rimasta a metà");
  }

  @Test
  void aScoringFailureIsAnIncidentToRetryNotALostObjective() {
    harness.recordIndicators(instance.getId(), "10/07/2017", "1/5", "120");
    // Someone damages a recorded value behind the process's back: scoring cannot read it.
    jdbc.sql("update peg_indicator set actual_value = 'illeggibile' where objective_code = ? and indicator_number = 2")
        .param(code).update();

    // The job executor would try three times: so does the test.
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> harness.runDueJobs(instance.getId())).hasMessageContaining("illeggibile");
    }
    var incident = runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo(SERVICE_SCORE_OBJECTIVE);
    assertThat(incident.getIncidentMessage()).contains("illeggibile");
    assertThat(instance).isActive();

    // The value is put right and the job retried, as an operator would from Cockpit.
    jdbc.sql("update peg_indicator set actual_value = '1/5' where objective_code = ? and indicator_number = 2")
        .param(code).update();
    management.setJobRetries(incident.getConfiguration(), 1);
    harness.runDueJobs(instance.getId());
    assertThat(instance).isWaitingAt(TASK_JUSTIFY_DEVIATION).variables().containsEntry(OBJECTIVE_SCORE, 80.33);
  }

  @Test
  void aValueThatDoesNotFitItsTargetIsRefusedAndTheTaskStaysOpen() {
    var ratioTask = harness.tasksOf(instance.getId(), TASK_RECORD_INDICATOR).stream()
        .filter(t -> Integer.valueOf(2).equals(tasks.getVariable(t.getId(), INDICATOR_NUMBER))).findFirst().orElseThrow();

    assertThatThrownBy(() -> tasks.complete(ratioTask.getId(), Map.of(INDICATOR_ACTUAL, "molti")))
        .hasRootCauseInstanceOf(TaskInputException.class)
        .rootCause().hasMessageContaining("Indicatore 2").hasMessageContaining("un rapporto (es. 3/5)");
    assertThatThrownBy(() -> tasks.complete(ratioTask.getId(), Map.of(INDICATOR_ACTUAL, "")))
        .rootCause().isInstanceOf(TaskInputException.class).hasMessageContaining("obbligatorio");
    assertThat(tasks.createTaskQuery().taskId(ratioTask.getId()).count()).isEqualTo(1);
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void aRefusedValueIsOneInfoLineInTheLogAndRealEngineErrorsStayErrors(CapturedOutput log) {
    var task = harness.tasksOf(instance.getId(), TASK_RECORD_INDICATOR).get(0);

    assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of(INDICATOR_ACTUAL, "")));
    assertThat(log.getOut().lines().filter(line -> line.contains("dati rifiutati"))).singleElement().asString()
        .contains(" INFO ").contains("Compito non completato, dati rifiutati: Indicatore 1: il valore effettivo è obbligatorio");
    assertThat(log.getOut()).doesNotContain("ENGINE-16004");

    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("PegObjectiveMissing"));
    assertThat(log.getOut().lines().filter(line -> line.contains("ENGINE-16004"))).singleElement().asString()
        .contains(" ERROR ").contains("PegObjectiveMissing");
  }

  @Test
  void theJustificationAndTheNucleoSendingBackNeedAReason() {
    harness.recordIndicators(instance.getId(), "10/07/2017", "1/5", "120");
    harness.runDueJobs(instance.getId());

    assertThatThrownBy(() -> complete(TASK_JUSTIFY_DEVIATION, Map.of(DEVIATION_REASON, "  ")))
        .rootCause().isInstanceOf(TaskInputException.class)
        .hasMessage("Manca il campo obbligatorio «Motivazione dello scostamento»");
    complete(TASK_JUSTIFY_DEVIATION, Map.of(DEVIATION_REASON, "Motivi esterni"));

    assertThatThrownBy(() -> complete(TASK_VALIDATE_REPORT, Map.of(VALIDATION_APPROVED, false)))
        .rootCause().isInstanceOf(TaskInputException.class).hasMessageContaining("Motivo del rinvio");
    assertThatThrownBy(() -> complete(TASK_VALIDATE_REPORT, new HashMap<>()))
        .rootCause().isInstanceOf(TaskInputException.class).hasMessageContaining("Rendicontazione approvata");
    assertThat(instance).isWaitingAt(TASK_VALIDATE_REPORT);
  }

  private org.camunda.bpm.engine.task.Task taskOf(String key) {
    return harness.tasksOf(instance.getId(), key).get(0);
  }

  private void complete(String key, Map<String, Object> variables) {
    tasks.complete(taskOf(key).getId(), variables);
  }
}
