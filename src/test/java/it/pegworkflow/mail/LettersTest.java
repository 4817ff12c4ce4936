package it.pegworkflow.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class LettersTest {

  static final ZoneId ROME = ZoneId.of("Europe/Rome");
  static final Notice OPENED = Notices.phaseOpened("Ricerca <finanziamenti> & \"bandi\"", "2017_ZN02",
      LocalDate.of(2017, 12, 31), "https://peg.example/camunda/app/tasklist/default/#/?task=1&x=2");

  @Test
  void aLetterSaysTheSameInTextAndInEscapedHtml() {
    Letter letter = Letters.single("Marco Verna", OPENED);

    assertThat(letter.subject()).isEqualTo("PEG – Fase da completare: «Ricerca <finanziamenti> & \"bandi\"» (2017_ZN02)");
    assertThat(letter.text()).startsWith("Gentile Marco Verna,\n\nLa fase «Ricerca <finanziamenti> & \"bandi\"»")
        .contains("La fine prevista è il 31/12/2017").contains("Apra il compito in Tasklist: " + OPENED.link());
    assertThat(letter.html()).contains("Ricerca &lt;finanziamenti&gt; &amp; &quot;bandi&quot;")
        .contains("href=\"https://peg.example/camunda/app/tasklist/default/#/?task=1&amp;x=2\"")
        .doesNotContain("<finanziamenti>");
  }

  @Test
  void aDigestNumbersItsNotices() {
    Notice due = Notices.dueSoon("Stipula", "2017_ZN02", LocalDate.of(2017, 11, 30), 1, "https://peg.example/t/2");
    Letter digest = Letters.digest("", List.of(OPENED, due), LocalDate.of(2017, 11, 29));

    assertThat(digest.subject()).isEqualTo("PEG – Riepilogo del 29/11/2017: 2 avvisi");
    assertThat(digest.text()).startsWith("Buongiorno,").contains("1. Fase da completare")
        .contains("2. Fase in scadenza domani: «Stipula» (2017_ZN02)").contains("Compito in Tasklist: https://peg.example/t/2");
    assertThat(digest.html()).contains("<ol>").contains("<li>");
  }

  @Test
  void eachNoticeIsInExactlyOneDigest() {
    DigestSchedule schedule = new DigestSchedule(LocalTime.of(7, 0), ROME);
    Instant queued = LocalDate.of(2017, 3, 25).atTime(7, 0).atZone(ROME).toInstant();

    assertThat(schedule.due(queued, queued)).as("queued at 07:00 sharp: the next day's").isFalse();
    assertThat(schedule.due(queued, queued.plus(Duration.ofHours(23)).minusSeconds(1))).isFalse();
    // 26 March 2017 is 23 hours long in Rome (summer time): 07:00 comes 23 hours after 07:00 of the 25th
    assertThat(schedule.due(queued, LocalDate.of(2017, 3, 26).atTime(7, 0).atZone(ROME).toInstant())).isTrue();
    assertThat(schedule.latestDigest(queued.minusSeconds(1))).isEqualTo(queued.minus(Duration.ofDays(1)));
  }

  @Test
  void theWaitDoublesUpToItsLongest() {
    Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1));
    assertThat(List.of(1, 2, 3, 7, 8, 100)).extracting(backoff::after).containsExactly(Duration.ofMinutes(1),
        Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(64).compareTo(Duration.ofHours(1)) > 0
            ? Duration.ofHours(1) : Duration.ofMinutes(64), Duration.ofHours(1), Duration.ofHours(1));
  }

  @Test
  void aFrequencyIsOneOfThreeNames() {
    assertThat(Frequency.parse("DAILY_DIGEST")).isEqualTo(Frequency.DAILY_DIGEST);
    assertThatThrownBy(() -> Frequency.parse("daily")).hasMessageStartingWith("Frequenza delle e-mail non valida: «daily»");
    assertThatThrownBy(() -> Frequency.parse("x".repeat(1000))).hasMessageContaining("…»");
  }
}
