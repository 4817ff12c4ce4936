package it.pegworkflow.campaign;

import static it.pegworkflow.campaign.CampaignStatus.AT_RISK;
import static it.pegworkflow.campaign.CampaignStatus.CRITICAL;
import static it.pegworkflow.campaign.CampaignStatus.NOT_RECEIVED;
import static it.pegworkflow.campaign.CampaignStatus.ON_TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.pegworkflow.campaign.CampaignStatus.PhaseAnswer;
import it.pegworkflow.campaign.CampaignStatus.Thresholds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status of a phase at 30/06 whose plan says 50% by then, ending 31/12 (thresholds 10 and 25 points). */
class CampaignStatusTest {

  private static final LocalDate PLANNED_END = LocalDate.of(2045, 12, 31);
  private static final Thresholds DEFAULT = Thresholds.DEFAULT;

  @Test
  void lessThanTenPointsBehindIsInLinea() {
    assertThat(status("50", "NONE", null)).isEqualTo(ON_TRACK);
    assertThat(status("40.01", "NONE", null)).isEqualTo(ON_TRACK);
    assertThat(status("80", "NONE", null)).as("ahead of the plan").isEqualTo(ON_TRACK);
  }

  @Test
  void tenPointsOrMoreBehindIsARischioTwentyFiveOrMoreIsCritico() {
    assertThat(status("40", "NONE", null)).isEqualTo(AT_RISK);
    assertThat(status("25.01", "NONE", null)).isEqualTo(AT_RISK);
    assertThat(status("25", "NONE", null)).isEqualTo(CRITICAL);
    assertThat(status("0", "NONE", null)).isEqualTo(CRITICAL);
  }

  @Test
  void theCriticitaNamedRaisesTheStatusNeverLowersIt() {
    assertThat(status("50", "AT_RISK", null)).isEqualTo(AT_RISK);
    assertThat(status("50", "CRITICAL", null)).isEqualTo(CRITICAL);
    assertThat(status("20", "AT_RISK", null)).as("behind by 30 points: critico whatever the criticità").isEqualTo(CRITICAL);
  }

  @Test
  void aForecastEndAfterThePlannedEndIsAtLeastARischio() {
    assertThat(status("60", "NONE", LocalDate.of(2046, 1, 31))).isEqualTo(AT_RISK);
    assertThat(status("60", "NONE", PLANNED_END)).isEqualTo(ON_TRACK);
    assertThat(status("10", "NONE", LocalDate.of(2046, 1, 31))).isEqualTo(CRITICAL);
  }

  @Test
  void aPhaseWithoutAnAnswerIsNonPervenuto() {
    assertThat(CampaignStatus.of(new PhaseAnswer(false, new BigDecimal("50"), PLANNED_END, null, null, null), DEFAULT))
        .isEqualTo(NOT_RECEIVED);
  }

  @Test
  void theThresholdsAreConfigurable() {
    Thresholds strict = new Thresholds(new BigDecimal("5"), new BigDecimal("15"));
    assertThat(CampaignStatus.of(answer("44", "NONE", null), strict)).isEqualTo(AT_RISK);
    assertThat(CampaignStatus.of(answer("35", "NONE", null), strict)).isEqualTo(CRITICAL);
    assertThatThrownBy(() -> new Thresholds(new BigDecimal("30"), new BigDecimal("20")))
        .hasMessageContaining("0 < at-risk <= critical <= 100");
    assertThatThrownBy(() -> new Thresholds(BigDecimal.ZERO, new BigDecimal("20"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anObjectiveIsItsWorstPhaseOrNonPervenutoWhenAnyoneDidNotAnswer() {
    assertThat(CampaignStatus.ofObjective(true, List.of(ON_TRACK, AT_RISK, ON_TRACK))).isEqualTo(AT_RISK);
    assertThat(CampaignStatus.ofObjective(true, List.of(CRITICAL, AT_RISK))).isEqualTo(CRITICAL);
    assertThat(CampaignStatus.ofObjective(true, List.of(CRITICAL, NOT_RECEIVED))).isEqualTo(NOT_RECEIVED);
    assertThat(CampaignStatus.ofObjective(false, List.of(ON_TRACK))).as("the Dirigente did not answer").isEqualTo(NOT_RECEIVED);
    assertThat(CampaignStatus.ofObjective(true, List.of())).as("no phase running at the date").isEqualTo(ON_TRACK);
  }

  @Test
  void theLabelsAreItalian() {
    assertThat(List.of(ON_TRACK, AT_RISK, CRITICAL, NOT_RECEIVED)).extracting(CampaignStatus::label)
        .containsExactly("in linea", "a rischio", "critico", "non pervenuto");
  }

  private static CampaignStatus status(String completion, String criticality, LocalDate forecastEnd) {
    return CampaignStatus.of(answer(completion, criticality, forecastEnd), DEFAULT);
  }

  private static PhaseAnswer answer(String completion, String criticality, LocalDate forecastEnd) {
    return new PhaseAnswer(true, new BigDecimal("50"), PLANNED_END, new BigDecimal(completion), criticality, forecastEnd);
  }
}
