package it.pegworkflow.store;

import it.pegworkflow.objective.PhaseState;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A phase as stored, with what its responsible reported. */
public record PhaseRow(
    String objectiveCode,
    int number,
    String name,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    BigDecimal weight,
    String responsible,
    String responsibleRole,
    String responsibleId,
    String centre,
    String centreGroupId,
    String note,
    PhaseState state,
    boolean late,
    BigDecimal completion,
    LocalDate actualEnd,
    String report) {}
