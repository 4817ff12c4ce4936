package it.pegworkflow.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The plan's progress of a phase at a date: linear by calendar days, 0 before the start, 100 from the end. */
class PlannedProgressTest {

  private static final LocalDate JANUARY_FIRST = LocalDate.of(2026, 1, 1);
  private static final LocalDate DECEMBER_31 = LocalDate.of(2026, 12, 31);

  @Test
  void aYearLongPhaseIsAlmostHalfWayAt30June() {
    assertThat(PlannedProgress.at(JANUARY_FIRST, DECEMBER_31, LocalDate.of(2026, 6, 30))).as("180 of 364 days")
        .isEqualByComparingTo("49.45");
  }

  @Test
  void nothingIsPlannedBeforeTheStartAndEverythingFromTheEnd() {
    assertThat(PlannedProgress.at(JANUARY_FIRST, DECEMBER_31, LocalDate.of(2025, 12, 1))).isEqualByComparingTo("0");
    assertThat(PlannedProgress.at(JANUARY_FIRST, DECEMBER_31, JANUARY_FIRST)).isEqualByComparingTo("0");
    assertThat(PlannedProgress.at(JANUARY_FIRST, DECEMBER_31, DECEMBER_31)).isEqualByComparingTo("100");
    assertThat(PlannedProgress.at(JANUARY_FIRST, DECEMBER_31, LocalDate.of(2027, 3, 1))).isEqualByComparingTo("100");
  }

  @Test
  void aOneDayPhaseIsAllOrNothing() {
    assertThat(PlannedProgress.at(JANUARY_FIRST, JANUARY_FIRST, LocalDate.of(2025, 12, 31))).isEqualByComparingTo("0");
    assertThat(PlannedProgress.at(JANUARY_FIRST, JANUARY_FIRST, JANUARY_FIRST)).isEqualByComparingTo("100");
  }

  @Test
  void twoDecimalsRoundedHalfUp() {
    assertThat(PlannedProgress.at(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 2)))
        .as("1 of 3 days").isEqualByComparingTo("33.33");
    assertThat(PlannedProgress.at(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 3)))
        .as("2 of 3 days").isEqualByComparingTo("66.67");
  }

  @Test
  void anEndBeforeTheStartIsNoPlan() {
    assertThatThrownBy(() -> PlannedProgress.at(DECEMBER_31, JANUARY_FIRST, JANUARY_FIRST))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyPhasesStartedByTheDateAndNotConcludedAreAsked() {
    LocalDate june30 = LocalDate.of(2026, 6, 30);
    assertThat(AskedPhase.asked("RUNNING", JANUARY_FIRST, june30)).isTrue();
    assertThat(AskedPhase.asked("PLANNED", june30, june30)).as("planned to start that day, its timer not yet fired").isTrue();
    assertThat(AskedPhase.asked("PLANNED", june30.plusDays(1), june30)).isFalse();
    for (String concluded : new String[] {"COMPLETED", "NOT_COMPLETED", "REMOVED"}) {
      assertThat(AskedPhase.asked(concluded, JANUARY_FIRST, june30)).as(concluded).isFalse();
    }
  }
}
