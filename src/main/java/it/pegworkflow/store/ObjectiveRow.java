package it.pegworkflow.store;

import it.pegworkflow.objective.ObjectiveState;
import java.math.BigDecimal;

/** An objective as stored: the sheet's fields, its instance, its state and, once scored, its results. */
public record ObjectiveRow(
    String code,
    int year,
    String title,
    String department,
    String director,
    String unit,
    String manager,
    String managerId,
    String classification,
    String kind,
    String description,
    String processInstanceId,
    ObjectiveState state,
    BigDecimal phasesScore,
    BigDecimal indicatorsScore,
    BigDecimal score,
    String band,
    String deviationReason,
    String validationNote) {}
