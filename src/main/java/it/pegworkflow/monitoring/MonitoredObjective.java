package it.pegworkflow.monitoring;

import it.pegworkflow.objective.ObjectiveState;
import java.math.BigDecimal;

/** One objective as the monitoring shows it: who, where it is, how its phases go, its result. */
public record MonitoredObjective(
    String code,
    int year,
    String title,
    String department,
    String director,
    String unit,
    String manager,
    ObjectiveState state,
    String stateLabel,
    BigDecimal score,
    String band,
    String deviationReason,
    String processInstanceId,
    boolean finished,
    int phases,
    int phasesDone,
    int phasesLate,
    int phasesNotStarted) {}
