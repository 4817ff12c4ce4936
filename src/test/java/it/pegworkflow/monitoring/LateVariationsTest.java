package it.pegworkflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.objective.Target;
import it.pegworkflow.objective.Target.Comparison;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** «Variazione dopo la scadenza»: what the Nucleo looks for, and what it is not. */
class LateVariationsTest {

  /** The words of the tests, read as the sheet's reader would read them. */
  private static final Map<String, Target> WORDS = Map.of(
      "maggiore di 100", new Target.Threshold(Comparison.GREATER_THAN, new BigDecimal("100"), false),
      "almeno 100", new Target.Threshold(Comparison.AT_LEAST, new BigDecimal("100"), false),
      "maggiore di 80", new Target.Threshold(Comparison.GREATER_THAN, new BigDecimal("80"), false),
      "almeno 80%", new Target.Threshold(Comparison.AT_LEAST, new BigDecimal("80"), true),
      "non più di 10", new Target.Threshold(Comparison.AT_MOST, new BigDecimal("10"), false),
      "non più di 12", new Target.Threshold(Comparison.AT_MOST, new BigDecimal("12"), false),
      "entro il 30 giugno", new Target.Deadline(LocalDate.of(2026, 6, 30)),
      "entro il 31 luglio", new Target.Deadline(LocalDate.of(2026, 7, 31)),
      "3/5", new Target.Ratio(new BigDecimal("3"), new BigDecimal("5")),
      "2/5", new Target.Ratio(new BigDecimal("2"), new BigDecimal("5")));
  private static final Function<String, Target> READ = words -> WORDS.getOrDefault(words, new Target.Manual(false));

  @Test
  void aDeadlineMovedLaterOnceItHadPassedIsFlaggedOneMovedInTimeIsNot() {
    assertThat(flagged(plannedEnd(1, 2, "2026-11-30", "2026-12-31", "2026-12-02"))).isTrue();
    assertThat(flagged(plannedEnd(1, 2, "2026-11-30", "2026-12-31", "2026-11-30"))).as("on the deadline day itself").isFalse();
    assertThat(flagged(plannedEnd(1, 2, "2026-11-30", "2026-12-31", "2026-07-18"))).as("moved in time").isFalse();
    assertThat(flagged(plannedEnd(1, 2, "2026-11-30", "2026-10-31", "2026-12-02"))).as("moved earlier").isFalse();
  }

  @Test
  void aTargetLoweredAfterTheObjectivesPlannedEndIsFlagged() {
    // The objective's phases end on 30/11 at the latest: a target lowered on 02/12 is lowered after the fact.
    assertThat(flagged(target(1, "maggiore di 100", "maggiore di 80", "2026-12-02"))).isTrue();
    assertThat(flagged(target(1, "maggiore di 100", "maggiore di 80", "2026-11-30"))).as("in time").isFalse();
    assertThat(flagged(target(1, "maggiore di 80", "maggiore di 100", "2026-12-02"))).as("raised").isFalse();
  }

  @Test
  void theObjectivesPlannedEndIsTheOneInForceBeforeTheVariationNotTheCurrentOne() {
    // Variation 1 (18/07) moved phase 2 to 31/12; variation 2 (02/12) lowered a target: then the end was 31/12.
    PlanChange moved = change(1, 2, null, "plannedEnd", "2026-11-30", "2026-12-31", "2026-07-18");
    PlanChange lowered = change(2, null, 1, "target", "maggiore di 100", "maggiore di 80", "2026-12-02");
    assertThat(LateVariations.flagged(List.of(moved, lowered), phases("2026-12-31"), READ)).isFalse();
    // Without variation 1, the end in force on 02/12 was 30/11.
    PlanChange movedAfter = change(3, 2, null, "plannedEnd", "2026-11-30", "2026-12-31", "2027-01-10");
    assertThat(LateVariations.flagged(List.of(lowered, movedAfter), phases("2026-12-31"), READ)).isTrue();
  }

  @Test
  void loweredMeansAskingLessOfTheSameKindOfTarget() {
    assertThat(lowered("maggiore di 100", "maggiore di 80")).isTrue();
    assertThat(lowered("maggiore di 100", "almeno 100")).as("no longer strictly more").isTrue();
    assertThat(lowered("almeno 100", "maggiore di 100")).isFalse();
    assertThat(lowered("non più di 10", "non più di 12")).as("a decreasing indicator allowed more").isTrue();
    assertThat(lowered("non più di 12", "non più di 10")).isFalse();
    assertThat(lowered("entro il 30 giugno", "entro il 31 luglio")).as("a later date").isTrue();
    assertThat(lowered("entro il 31 luglio", "entro il 30 giugno")).isFalse();
    assertThat(lowered("3/5", "2/5")).isTrue();
    assertThat(lowered("2/5", "3/5")).isFalse();
    assertThat(lowered("maggiore di 100", "almeno 80%")).as("a number and a percentage are not compared").isFalse();
    assertThat(lowered("maggiore di 100", "non più di 12")).as("nor two directions").isFalse();
    assertThat(lowered("maggiore di 100", "a giudizio del dirigente")).as("nor words no rule reads").isFalse();
  }

  private static boolean lowered(String before, String after) {
    return LateVariations.lowered(READ.apply(before), READ.apply(after));
  }

  private static boolean flagged(PlanChange change) {
    return LateVariations.flagged(List.of(change), phases(change.attribute().equals("plannedEnd") ? change.after() : "2026-11-30"),
        READ);
  }

  private static PlanChange plannedEnd(long variation, int phase, String before, String after, String effective) {
    return change(variation, phase, null, "plannedEnd", before, after, effective);
  }

  private static PlanChange target(long variation, String before, String after, String effective) {
    return change(variation, null, 1, "target", before, after, effective);
  }

  private static PlanChange change(long variation, Integer phase, Integer indicator, String attribute, String before,
      String after, String effective) {
    return new PlanChange(variation * 10, variation, "VARIATION", "Delibera " + variation, LocalDate.parse(effective),
        "controllo", LocalDateTime.of(2026, 12, 2, 10, 0), "2026_X", phase, indicator, attribute, before, after);
  }

  /** Phase 1 from January to 30/09, phase 2 to {@code secondEnd} as the tables have it now. */
  private static List<MonitoredPhase> phases(String secondEnd) {
    return List.of(phase(1, "2026-09-30"), phase(2, secondEnd));
  }

  private static MonitoredPhase phase(int number, String end) {
    return new MonitoredPhase("2026_X", number, "Fase " + number, LocalDate.of(2026, 1, 1), LocalDate.parse(end),
        new BigDecimal("50"), "ROSSI ANNA", "", "rossianna", "", null, "", null, null, null, null, null, null);
  }
}
