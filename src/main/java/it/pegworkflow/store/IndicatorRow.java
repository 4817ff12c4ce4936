package it.pegworkflow.store;

import it.pegworkflow.objective.Target;
import java.math.BigDecimal;

/** An indicator as stored: the target as written, and the actual value and score once recorded. */
public record IndicatorRow(
    String objectiveCode,
    int number,
    String description,
    String type,
    String expectedValue,
    Target.ValueKind valueKind,
    String actualValue,
    String note,
    BigDecimal score) {}
