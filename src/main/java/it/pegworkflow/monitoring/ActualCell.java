package it.pegworkflow.monitoring;

import it.pegworkflow.italian.ItalianDates;
import it.pegworkflow.italian.ItalianNumbers;
import it.pegworkflow.objective.Target;
import java.math.BigDecimal;

/**
 * An indicator's actual value as a spreadsheet cell should hold it: a date, a number or a percentage
 * when the target asks for one and the text reads as one (the rules of {@code italian}, as the task
 * checked it); the text as recorded otherwise (a ratio «3/5», SI/NO, or a value older than the check).
 */
final class ActualCell {

  /** A percentage, in percent (95 is 95%): the cell holds 0.95 with a percent format. */
  record Percent(BigDecimal percent) {}

  private ActualCell() {}

  static Object of(Target.ValueKind kind, String actual) {
    if (actual == null || actual.isBlank() || kind == null) {
      return actual;
    }
    Object typed = switch (kind) {
      case DATE -> ItalianDates.parse(actual.strip()).orElse(null);
      case NUMBER, SCORE -> ItalianNumbers.parse(actual.strip()).orElse(null);
      case PERCENTAGE -> ItalianNumbers.percentage(actual.strip()).map(Percent::new).orElse(null);
      case RATIO, YES_NO -> null;
    };
    return typed != null ? typed : actual;
  }
}
