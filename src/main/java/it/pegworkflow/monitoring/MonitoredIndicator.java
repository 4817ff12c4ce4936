package it.pegworkflow.monitoring;

import java.math.BigDecimal;

/** An indicator: the target as the sheet wrote it, the value recorded and its score. */
public record MonitoredIndicator(
    String objectiveCode,
    int number,
    String description,
    String type,
    String expectedValue,
    String actualValue,
    BigDecimal score) {}
