package it.pegworkflow.monitoring;

import it.pegworkflow.objective.Target;
import java.math.BigDecimal;

/** An indicator: the target as the sheet wrote it and what it asks for; the value recorded, its note and score. */
public record MonitoredIndicator(
    String objectiveCode,
    int number,
    String description,
    String type,
    String expectedValue,
    Target.ValueKind valueKind,
    String actualValue,
    String note,
    BigDecimal score) {

  /** The indicator as the sheet planned it. */
  MonitoredIndicator asPlanned() {
    return new MonitoredIndicator(objectiveCode, number, description, type, expectedValue, valueKind, null, null, null);
  }
}
