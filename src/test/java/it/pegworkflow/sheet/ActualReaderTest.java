package it.pegworkflow.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.pegworkflow.objective.Actual;
import it.pegworkflow.objective.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a Dirigente may type as the actual value, for each kind a target asks for. */
class ActualReaderTest {

  private static final Target DEADLINE = new Target.Deadline(LocalDate.of(2017, 6, 30));
  private static final Target NUMBER = Target.Threshold.atLeast(BigDecimal.valueOf(100));
  private static final Target PERCENTAGE = Target.Threshold.percentAtLeast(BigDecimal.valueOf(90));
  private static final Target RATIO = new Target.Ratio(BigDecimal.valueOf(2), BigDecimal.valueOf(4));
  private static final Target YES_NO = new Target.YesNo(true);
  private static final Target MANUAL = new Target.Manual(false);

  @ParameterizedTest
  @ValueSource(strings = {"20/06/2017", "2017-06-20", "2017-06-20T00:00:00", " 20/6/2017 "})
  void aDate(String text) {
    assertThat(ActualReader.read(text, DEADLINE)).isEqualTo(new Actual.OnDate(LocalDate.of(2017, 6, 20)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"2.500 | 2500", "12,5 | 12.5", "12.5 | 12.5", "2.500,75 | 2500.75",
      "1.234.567 | 1234567", "150 | 150", "3.14 | 3.14", "0,333 | 0.333"})
  void aNumberItalianOrPlainWhenClearlyDecimal(String text, BigDecimal value) {
    assertThat(ActualReader.read(text, NUMBER)).isEqualTo(new Actual.Amount(value));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"95 | 95", "95% | 95", "95,5 % | 95.5", "100,00% | 100.00"})
  void aPercentage(String text, BigDecimal value) {
    assertThat(ActualReader.read(text, PERCENTAGE)).isEqualTo(new Actual.Amount(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"3/5", "3 / 5", "3 su 5", "3 SU 5"})
  void aRatio(String text) {
    assertThat(ActualReader.read(text, RATIO))
        .isEqualTo(new Actual.Fraction(BigDecimal.valueOf(3), BigDecimal.valueOf(5)));
  }

  @ParameterizedTest
  @CsvSource({"SI, true", "Sì, true", "si, true", "true, true", "NO, false", "no, false", "false, false"})
  void yesOrNo(String text, boolean happened) {
    assertThat(ActualReader.read(text, YES_NO)).isEqualTo(new Actual.Happened(happened));
  }

  @ParameterizedTest
  @CsvSource({"0, 0", "75, 75", "100, 100", "'87,5', 87.5"})
  void aScoreForATargetJudgedByHand(String text, BigDecimal score) {
    assertThat(ActualReader.read(text, MANUAL)).isEqualTo(new Actual.ManualScore(score));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "DATE       | 31/02/2017 | una data (gg/mm/aaaa)",
      "DATE       | giugno     | una data (gg/mm/aaaa)",
      "NUMBER     | tanti      | un numero",
      "NUMBER     | -5         | un numero",
      "PERCENTAGE | novanta    | una percentuale (es. 95%)",
      "RATIO      | 3/0        | un rapporto (es. 3/5)",
      "RATIO      | 3 di 5     | un rapporto (es. 3/5)",
      "YES_NO     | forse      | SI oppure NO",
      "SCORE      | 150        | un punteggio da 0 a 100"})
  void aValueThatDoesNotFitSaysWhatIsExpected(Target.ValueKind kind, String text, String hint) {
    assertThatThrownBy(() -> ActualReader.read(text, targetAsking(kind)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Valore «" + text + "» non valido: serve " + hint);
  }

  private static Target targetAsking(Target.ValueKind kind) {
    return switch (kind) {
      case DATE -> DEADLINE;
      case NUMBER -> NUMBER;
      case PERCENTAGE -> PERCENTAGE;
      case RATIO -> RATIO;
      case YES_NO -> YES_NO;
      case SCORE -> MANUAL;
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void anEmptyValueIsRefused(String text) {
    assertThatThrownBy(() -> ActualReader.read(text, NUMBER)).hasMessageContaining("serve un numero");
    assertThatThrownBy(() -> ActualReader.read(null, NUMBER)).hasMessageContaining("serve un numero");
  }
}
