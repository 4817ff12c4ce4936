package it.pegworkflow.italian;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers, percentages and ratios as Italians write them, and written back for the reports. */
class ItalianNumbersTest {

  @ParameterizedTest
  @CsvSource({"2.500, 2500", "2.500.000, 2500000", "'2.500,50', 2500.50", "'12,5', 12.5", "12.5, 12.5", "3.14, 3.14",
      "'30,00', 30.00", "7, 7"})
  void readsNumbersAsItaliansWriteThem(String text, BigDecimal value) {
    assertThat(ItalianNumbers.parse(text)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-5", "+5", "1e3", "2.50.0", "dieci", "1234567890123456789012345"})
  void refusesWhatIsNoNumberOrTooLong(String text) {
    assertThat(ItalianNumbers.parse(text)).isEmpty();
  }

  @Test
  void smallNumbersMayBeWords() {
    assertThat(ItalianNumbers.parseOrWord("Due")).hasValue(BigDecimal.valueOf(2));
  }

  @ParameterizedTest
  @CsvSource({"95%, 95", "95 %, 95", "'12,5%', 12.5", "80, 80"})
  void readsPercentagesInPercent(String text, BigDecimal value) {
    assertThat(ItalianNumbers.percentage(text)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(value));
  }

  @Test
  void aPercentageIsANumberWithAPercentSign() {
    assertThat(ItalianNumbers.percentage("molto%")).isEmpty();
    assertThat(ItalianNumbers.percentage("%")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"3/5, 3, 5", "3 / 5, 3, 5", "3 su 5, 3, 5", "1.200/2.000, 1200, 2000", "'2,5/4', 2.5, 4"})
  void readsRatiosWithASlashOrSu(String text, BigDecimal numerator, BigDecimal denominator) {
    assertThat(ItalianNumbers.ratio(text)).hasValueSatisfying(r -> {
      assertThat(r.numerator()).isEqualByComparingTo(numerator);
      assertThat(r.denominator()).isEqualByComparingTo(denominator);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "3/", "/5", "tre su cinque", "3/5/7", "99999999999999999999999999/1"})
  void refusesWhatIsNoRatio(String text) {
    assertThat(ItalianNumbers.ratio(text)).isEmpty();
  }

  @Test
  void writesNumbersForTheReports() {
    assertThat(ItalianNumbers.decimal(new BigDecimal("78.5"))).isEqualTo("78,50");
    assertThat(ItalianNumbers.decimal(null)).isEmpty();
    assertThat(ItalianNumbers.percent(new BigDecimal("80.00"))).isEqualTo("80%");
    assertThat(ItalianNumbers.percent(new BigDecimal("12.50"))).isEqualTo("12,5%");
  }
}
