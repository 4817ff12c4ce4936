package it.pegworkflow.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of target is stored and comes back the same; columns that make no target say so. */
class StoredTargetTest {

  @Test
  void everyKindOfTargetComesBackAsItWasStored() {
    List<Target> targets = List.of(
        new Target.Deadline(LocalDate.of(2017, 6, 30)),
        new Target.Threshold(Target.Comparison.AT_MOST, new BigDecimal("12.5"), false),
        new Target.Threshold(Target.Comparison.AT_LEAST, new BigDecimal("90"), true),
        new Target.Ratio(new BigDecimal("2"), new BigDecimal("4")),
        new Target.YesNo(false),
        new Target.Manual(false),
        new Target.Manual(true));
    for (Target target : targets) {
      assertThat(StoredTarget.of(target).target()).isEqualTo(target);
    }
  }

  @Test
  void aDeadlineIsADateToBeMetBy() {
    assertThat(StoredTarget.of(new Target.Deadline(LocalDate.of(2017, 6, 30))))
        .isEqualTo(new StoredTarget("DATE", "BY", null, null, null, LocalDate.of(2017, 6, 30), null, null));
  }

  @Test
  void numbersComeBackWithoutTheZerosOfTheColumnsScale() {
    StoredTarget read = new StoredTarget("THRESHOLD", "AT_LEAST", new BigDecimal("100.000000000000000000000000"),
        null, null, null, false, null);
    assertThat(read.value()).isEqualTo(new BigDecimal("100"));
    assertThat(read.target()).isEqualTo(Target.Threshold.atLeast(new BigDecimal("100")));
  }

  @Test
  void columnsThatMakeNoTargetAreNeverGuessed() {
    assertThatThrownBy(() -> new StoredTarget(null, null, null, null, null, null, null, null).target())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new StoredTarget("DATE", "BY", null, null, null, null, null, null).target())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new StoredTarget("THRESHOLD", "ABOUT", BigDecimal.ONE, null, null, null, false, null).target())
        .isInstanceOf(IllegalStateException.class);
  }
}
