package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;
import static it.pegworkflow.process.ProcessHarness.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import it.pegworkflow.store.IndicatorRow;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One objective with an indicator of every kind of target, and a phase whose input is checked. */
class IndicatorKindsTest extends ProcessTest {

  ProcessInstance instance;

  @BeforeEach
  void openTheOnlyPhase() {
    today("2016-12-20");
    var imported = harness.importSheet(ProcessHarness.sheet("sheets/every-target.txt").replace("CODICE", code));
    instance = instance(imported);
    today("2017-01-02");
    harness.runDueJobs(instance.getId());
  }

  @Test
  void everyKindOfTargetIsScoredByItsRule() {
    harness.completePhase(harness.phaseTask(instance.getId(), "Unica fase"), 100, "2017-01-02", "Fatto");
    harness.recordIndicators(instance.getId(),
        "05/07/2017",   // entro il 30 Giugno: 5 days late -> 95
        "2017-12-31",   // entro il 31/12/2017: on the day -> 100
        "03/01/2018",   // Entro dicembre 2017: 3 days late -> 97
        "50",           // maggiore di 100: 50 / 100 -> 50
        "72%",          // maggiore o uguale a 90,00%: 72 / 90 -> 80
        "2.000",        // non inferiore a 2.500: 2000 / 2500 -> 80
        "1",            // Almeno due: 1 / 2 -> 50
        "20",           // minore di 15: decreasing, 15 / 20 -> 75
        "8",            // non superiore a 10: met -> 100
        "1/4",          // 2/4: 0.25 / 0.5 -> 50
        "99,5",         // 100,00%: 99.5 / 100 -> 99.5
        "1",            // 1,00: met -> 100
        "NO",           // SI: not happened -> 0
        "70",           // n.d.: the score given by hand -> 70
        "85");          // kept verbatim, judged by hand -> 85
    harness.runDueJobs(instance.getId());

    assertThat(store.indicators(code)).extracting(IndicatorRow::score)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(scores(95, 100, 97, 50, 80, 80, 50, 75, 100, 50, 99.5, 100, 0, 70, 85));
    // Indicators: 1131.5 / 15 = 75.433...; one phase at 100% (no weight: it counts alone);
    // objective 0.5 * 100 + 0.5 * 75.433... = 87.72.
    assertThat(instance).isWaitingAt(TASK_JUSTIFY_DEVIATION).variables()
        .containsEntry(INDICATORS_SCORE, 75.43).containsEntry(OBJECTIVE_SCORE, 87.72);
  }

  @Test
  void aPhaseReportOutOfRangeIsRefusedAndThePhaseStaysOpen() {
    var phase = harness.phaseTask(instance.getId(), "Unica fase");

    assertThatThrownBy(() -> harness.completePhase(phase, 140, "2017-06-30", "Troppo"))
        .rootCause().isInstanceOf(TaskInputException.class)
        .hasMessage("Completamento (%): 140 non è tra 0 e 100");
    assertThatThrownBy(() -> harness.completePhase(phase, 100, "2016-12-01", "Prima dell'inizio"))
        .rootCause().isInstanceOf(TaskInputException.class)
        .hasMessage("Data di fine effettiva: 01/12/2016 è prima dell'inizio della fase (01/01/2017)");
    assertThatThrownBy(() -> tasks.complete(phase.getId(), Map.of(PHASE_COMPLETION, "tanto", PHASE_ACTUAL_END, "2017-06-30")))
        .rootCause().hasMessage("Completamento (%): «tanto» non è un numero");
    assertThatThrownBy(() -> harness.completePhase(phase, 100, "31/02/2017", "Data impossibile"))
        .rootCause().hasMessage("Data di fine effettiva: «31/02/2017» non è una data valida (gg/mm/aaaa)");
    assertThatThrownBy(() -> tasks.complete(phase.getId(), Map.of(PHASE_OUTCOME, OUTCOME_CONCLUDED, PHASE_COMPLETION, 100)))
        .rootCause().hasMessage("Manca il campo obbligatorio «Data di fine effettiva»");

    assertThat(instance).isWaitingAt(TASK_COMPLETE_PHASE);
    assertThat(store.phase(code, 1).completion()).isNull();
  }

  private static BigDecimal[] scores(double... values) {
    BigDecimal[] scores = new BigDecimal[values.length];
    for (int i = 0; i < values.length; i++) {
      scores[i] = BigDecimal.valueOf(values[i]);
    }
    return scores;
  }
}
