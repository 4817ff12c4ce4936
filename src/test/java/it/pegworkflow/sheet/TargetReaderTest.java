package it.pegworkflow.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.objective.Target;
import it.pegworkflow.objective.Target.Comparison;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each category of the "Valore Atteso" table in DOMAIN.md. */
class TargetReaderTest {

  private static final int YEAR = 2017;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "entro il 30 Giugno      | 2017-06-30",
      "Entro il 31 DICEMBRE    | 2017-12-31",
      "30 giugno               | 2017-06-30",
      "entro il 30/06          | 2017-06-30"})
  void aDeadlineWithoutYearFallsInTheObjectivesYear(String text, LocalDate date) {
    assertThat(TargetReader.read(text, YEAR)).isEqualTo(new Target.Deadline(date));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "entro il 31/12/2018     | 2018-12-31",
      "31.12.2020              | 2020-12-31",
      "entro il 15 marzo 2019  | 2019-03-15",
      "Entro dicembre 2021     | 2021-12-31",
      "entro febbraio 2020     | 2020-02-29",
      "entro Febbraio          | 2017-02-28"})
  void aDeadlineWithAFullDateOrAMonthMeansItsLastDay(String text, LocalDate date) {
    assertThat(TargetReader.read(text, YEAR)).isEqualTo(new Target.Deadline(date));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "maggiore di 100              | GREATER_THAN | 100     | false",
      "maggiore o uguale a 90,00%   | AT_LEAST     | 90.00   | true",
      "almeno 150                   | AT_LEAST     | 150     | false",
      "non inferiore a 2.500        | AT_LEAST     | 2500    | false",
      "non inferiore a 2.500.000    | AT_LEAST     | 2500000 | false",
      "almeno 2.500,50              | AT_LEAST     | 2500.50 | false",
      "Almeno due                   | AT_LEAST     | 2       | false",
      "almeno dieci                 | AT_LEAST     | 10      | false",
      "almeno cento                 | AT_LEAST     | 100     | false",
      "minore di 15                 | LESS_THAN    | 15      | false",
      "non superiore a 10           | AT_MOST      | 10      | false",
      "100%                         | AT_LEAST     | 100     | true",
      "100,00%                      | AT_LEAST     | 100.00  | true",
      "1,00                         | AT_LEAST     | 1.00    | false"})
  void thresholdsPercentagesAndPlainNumbers(String text, Comparison comparison, BigDecimal value, boolean percentage) {
    assertThat(TargetReader.read(text, YEAR)).isEqualTo(new Target.Threshold(comparison, value, percentage));
  }

  @ParameterizedTest
  @ValueSource(strings = {"minore di 15", "non superiore a 10"})
  void lessAndAtMostAreDecreasingIndicators(String text) {
    assertThat(((Target.Threshold) TargetReader.read(text, YEAR)).decreasing()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"2/4, 2, 4", "3 / 5, 3, 5"})
  void aRatio(String text, BigDecimal numerator, BigDecimal denominator) {
    assertThat(TargetReader.read(text, YEAR)).isEqualTo(new Target.Ratio(numerator, denominator));
  }

  @ParameterizedTest
  @CsvSource({"SI, true", "Sì, true", "si, true", "NO, false", "no, false"})
  void yesOrNo(String text, boolean expected) {
    assertThat(TargetReader.read(text, YEAR)).isEqualTo(new Target.YesNo(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "-", "–", "n.d.", "N.D."})
  void noTargetIsJudgedByHandAndMarkedEmpty(String text) {
    assertThat(TargetReader.read(text, YEAR)).isEqualTo(new Target.Manual(true));
    assertThat(TargetReader.read(null, YEAR)).isEqualTo(new Target.Manual(true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Aumento del 20% rispetto alla baseline", "entro il 31/02/2018", "5/0",
      "almeno qualche", "entro il 40 giugno", "maggiore di", "2017_ZN02**", "%", "99999999999999999999/1x"})
  void anythingElseIsKeptForJudgementByHand(String text) {
    assertThat(TargetReader.read(text, YEAR)).isEqualTo(new Target.Manual(false));
  }
}
