package it.pegworkflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import it.pegworkflow.objective.PhaseState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The baseline rule: the first change's «before», else the value now; an added phase has none. */
class PlanHistoryTest {

  @Test
  void theBaselineTakesTheValueBeforeTheFirstChangeOfEachAttribute() {
    // The end moved twice (30/11 -> 15/12 -> 31/12), the weight once, the responsible changed.
    List<PlanChange> changes = List.of(
        change(1, 1, 2, "plannedEnd", "2026-11-30", "2026-12-15"),
        change(2, 1, 2, "weight", "20", "25"),
        change(3, 1, 1, "weight", "30", "25"),
        change(4, 2, 2, "plannedEnd", "2026-12-15", "2026-12-31"),
        change(5, 2, 2, "responsible", "BONANNI GIUSEPPINA - P.O. STRANIERI", "VERNA MARCO - P.O. INCLUSIONE"));
    List<MonitoredPhase> now = List.of(phase(1, "2026-12-31", "25", "ROSSI ANNA", "P.O. UFFICIO", null),
        phase(2, "2026-12-31", "25", "VERNA MARCO", "P.O. INCLUSIONE", null));

    assertThat(PlanVersions.baselinePhases(now, changes))
        .extracting(PlanVersions.BaselinePhase::number, PlanVersions.BaselinePhase::plannedEnd,
            b -> b.weight().toPlainString(), PlanVersions.BaselinePhase::responsible)
        .containsExactly(tuple(1, LocalDate.of(2026, 12, 31), "30", "ROSSI ANNA - P.O. UFFICIO"),
            tuple(2, LocalDate.of(2026, 11, 30), "20", "BONANNI GIUSEPPINA - P.O. STRANIERI"));
  }

  @Test
  void aPhaseAddedByAVariationHasNoBaselineADroppedOneKeepsIts() {
    List<PlanChange> changes = List.of(change(1, 1, 3, "phaseRemoved", "Fase 3", null),
        change(2, 1, 4, "phaseAdded", null, "Fase 4"), change(3, 2, 4, "plannedEnd", "2026-10-31", "2026-12-31"));
    List<MonitoredPhase> now = List.of(phase(1, "2026-12-31", "50", "ROSSI ANNA", "", null),
        phase(3, "2026-06-30", "50", "ROSSI ANNA", "", PhaseState.REMOVED),
        phase(4, "2026-12-31", "50", "ROSSI ANNA", "", null));

    assertThat(PlanVersions.baselinePhases(now, changes)).extracting(PlanVersions.BaselinePhase::number).containsExactly(1, 3);
    PlanHistory history = new PlanHistory(changes);
    assertThat(history.phaseExisted(3, 1L)).as("before the variation that dropped it").isTrue();
    assertThat(history.phaseExisted(3, 2L)).as("after it").isFalse();
    assertThat(history.phaseExisted(4, 2L)).as("added by variation 1, there before variation 2").isTrue();
    assertThat(history.phaseValue(4, "plannedEnd", "2026-12-31", 2L)).isEqualTo("2026-10-31");
  }

  private static PlanChange change(long id, long variation, int phase, String attribute, String before, String after) {
    return new PlanChange(id, variation, "VARIATION", "Delibera " + variation, LocalDate.of(2026, 7, 18), "controllo",
        LocalDateTime.of(2026, 7, 18, 10, 0), "2026_X", phase, null, attribute, before, after);
  }

  private static MonitoredPhase phase(int number, String end, String weight, String responsible, String role, PhaseState state) {
    return new MonitoredPhase("2026_X", number, "Fase " + number, LocalDate.of(2026, 1, 1), LocalDate.parse(end),
        new BigDecimal(weight), responsible, role, "x", "", null, "", state, null, null, null, null, null);
  }
}
