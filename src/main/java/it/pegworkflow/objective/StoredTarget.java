package it.pegworkflow.objective;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A {@link Target} as it is stored with its indicator and shown by the API: what was read from the
 * sheet's words at import, so that nobody needs to read them again. {@code kind} is {@code DATE},
 * {@code THRESHOLD}, {@code RATIO}, {@code YES_NO}, {@code MANUAL} (words no rule reads) or
 * {@code NONE} (no target written); {@code comparison} is {@code BY} for a date, a
 * {@link Target.Comparison} for a threshold, {@code AT_LEAST} for a ratio. Fields a kind does not use
 * are null.
 */
public record StoredTarget(
    String kind,
    String comparison,
    BigDecimal value,
    BigDecimal numerator,
    BigDecimal denominator,
    LocalDate date,
    Boolean percentage,
    Boolean expected) {

  public static StoredTarget of(Target target) {
    if (target instanceof Target.Deadline d) {
      return new StoredTarget("DATE", "BY", null, null, null, d.date(), null, null);
    }
    if (target instanceof Target.Threshold t) {
      return new StoredTarget("THRESHOLD", t.comparison().name(), t.value(), null, null, null, t.percentage(), null);
    }
    if (target instanceof Target.Ratio r) {
      return new StoredTarget("RATIO", Target.Comparison.AT_LEAST.name(), null, r.numerator(), r.denominator(), null,
          null, null);
    }
    if (target instanceof Target.YesNo y) {
      return new StoredTarget("YES_NO", null, null, null, null, null, null, y.expected());
    }
    boolean empty = ((Target.Manual) target).empty();
    return new StoredTarget(empty ? "NONE" : "MANUAL", null, null, null, null, null, null, null);
  }

  /** Numbers as they were written, without the zeros a database column's scale adds. */
  public StoredTarget {
    value = plain(value);
    numerator = plain(numerator);
    denominator = plain(denominator);
  }

  /** @throws IllegalStateException when the stored columns make no target (damaged by hand) */
  public Target target() {
    try {
      return switch (kind == null ? "" : kind) {
        case "DATE" -> new Target.Deadline(date);
        case "THRESHOLD" -> new Target.Threshold(Target.Comparison.valueOf(comparison), value, Boolean.TRUE.equals(percentage));
        case "RATIO" -> new Target.Ratio(numerator, denominator);
        case "YES_NO" -> new Target.YesNo(Boolean.TRUE.equals(expected));
        case "MANUAL" -> new Target.Manual(false);
        case "NONE" -> new Target.Manual(true);
        default -> throw new IllegalArgumentException("tipo sconosciuto «" + kind + "»");
      };
    } catch (IllegalArgumentException | NullPointerException damaged) {
      throw new IllegalStateException("Il valore atteso memorizzato non è leggibile: " + this, damaged);
    }
  }

  private static BigDecimal plain(BigDecimal number) {
    if (number == null) {
      return null;
    }
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
