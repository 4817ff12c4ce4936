package it.pegworkflow.italian;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The one reader and writer of Italian dates: what sheets print, people type and forms send. */
class ItalianDatesTest {

  @ParameterizedTest
  @CsvSource({
      "30/06/2017,                2017-06-30",
      "1/7/2017,                  2017-07-01",
      "01.07.2017,                2017-07-01",
      "' 30/06/2017 ',            2017-06-30",
      "2017-06-30,                2017-06-30",
      "2017-06-30T00:00:00,       2017-06-30",
      "2017-06-30T00:00:00.000+0200, 2017-06-30",
      "29/02/2016,                2016-02-29"})
  void readsWhatPeopleTypeAndFormsSend(String text, LocalDate day) {
    assertThat(ItalianDates.parse(text)).contains(day);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "31/02/2017", "29/02/2017", "32/01/2017", "1/13/2017", "00/01/2017",
      "1/1/17", "1/1/20170", "1/1/99999999999", "2017-6-30", "2017-06-31", "2017-06-30 e poi", "30/06-2017",
      "30 giugno 2017", "trenta/06/2017", "+2017-06-30", "-1/1/2017", "2017-06-30T00:00:00.000000000000+02:00"})
  void refusesWhatIsNoDayOrNoDayThatExists(String text) {
    assertThat(ItalianDates.parse(text)).isEmpty();
  }

  @Test
  void nothingIsNoDay() {
    assertThat(ItalianDates.parse(null)).isEmpty();
  }

  @Test
  void aSheetPrintsItsDatesInOneShapeAndAnImpossibleDayIsToldApart() {
    assertThat(ItalianDates.parseWritten("1/7/2017")).contains(LocalDate.of(2017, 7, 1));
    assertThat(ItalianDates.isWritten("2017-06-30")).isFalse();
    assertThat(ItalianDates.parseWritten("2017-06-30")).isEmpty();
    assertThat(ItalianDates.isWritten("31/02/2017")).isTrue();
    assertThat(ItalianDates.parseWritten("31/02/2017")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "30 giugno,      2017-06-30",
      "30 Giugno 2018, 2018-06-30",
      "30/06,          2017-06-30",
      "30-06-2018,     2018-06-30",
      "1.7,            2017-07-01"})
  void readsADayInsideASentenceInTheObjectivesYear(String text, LocalDate day) {
    assertThat(ItalianDates.parseInText(text, 2017)).contains(day);
  }

  @ParameterizedTest
  @ValueSource(strings = {"40 giugno", "31 febbraio", "30 giugnio", "31/02", "giugno", "30 giugno 17"})
  void aSentenceWithoutAnExistingDayHasNone(String text) {
    assertThat(ItalianDates.parseInText(text, 2017)).isEmpty();
  }

  @Test
  void monthsAreReadInFullInAnyCase() {
    assertThat(ItalianDates.month("Dicembre")).hasValue(12);
    assertThat(ItalianDates.month("gennaio")).hasValue(1);
    assertThat(ItalianDates.month("dic")).isEmpty();
  }

  @Test
  void writesDaysAsItalianReadersDo() {
    assertThat(ItalianDates.format(LocalDate.of(2017, 7, 1))).isEqualTo("01/07/2017");
    assertThat(ItalianDates.format(null)).isEmpty();
    assertThat(ItalianDates.shortMonth(LocalDate.of(2017, 6, 1))).isEqualTo("giu");
  }

  @Test
  void whatItWritesItReads() {
    LocalDate day = LocalDate.of(2024, 2, 29);
    assertThat(ItalianDates.parse(ItalianDates.format(day))).contains(day);
  }
}
