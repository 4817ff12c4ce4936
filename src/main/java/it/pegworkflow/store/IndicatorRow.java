package it.pegworkflow.store;

import it.pegworkflow.objective.Target;
import java.math.BigDecimal;

/**
 * An indicator as stored: the target as written and as read at import (the one the task form, the
 * check of the recorded value and the score follow), and the actual value and score once recorded.
 */
public record IndicatorRow(
    String objectiveCode,
    int number,
    String description,
    String type,
    String expectedValue,
    Target target,
    String actualValue,
    String note,
    BigDecimal score) {

  /** What the Dirigente enters for this indicator: the stored target says. */
  public Target.ValueKind valueKind() {
    return target.valueKind();
  }
}
