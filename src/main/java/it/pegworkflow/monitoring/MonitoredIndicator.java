package it.pegworkflow.monitoring;

import it.pegworkflow.objective.StoredTarget;
import it.pegworkflow.objective.Target;
import java.math.BigDecimal;

/**
 * An indicator: the target as the sheet wrote it, as it was read at import ({@link StoredTarget}) and
 * what it asks for; the value recorded, its note and score; {@code removed} when a variation dropped it
 * (it stays, with its number, and no longer counts).
 */
public record MonitoredIndicator(
    String objectiveCode,
    int number,
    String description,
    String type,
    String expectedValue,
    StoredTarget target,
    Target.ValueKind valueKind,
    String actualValue,
    String note,
    BigDecimal score,
    boolean removed) {

  /** The indicator as the sheet planned it. */
  MonitoredIndicator asPlanned() {
    return new MonitoredIndicator(objectiveCode, number, description, type, expectedValue, target, valueKind, null, null, null, removed);
  }
}
