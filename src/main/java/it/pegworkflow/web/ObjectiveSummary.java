package it.pegworkflow.web;

import it.pegworkflow.monitoring.MonitoredObjective;
import java.math.BigDecimal;

/** One line of the objectives' list; {@code progress} is the mean completion so far of its phases (null for a responsible). */
record ObjectiveSummary(
    String code,
    int year,
    String title,
    String department,
    String unit,
    String manager,
    String state,
    String stateLabel,
    BigDecimal score,
    String band,
    String processInstanceId,
    BigDecimal progress) {

  static ObjectiveSummary of(MonitoredObjective o) {
    return new ObjectiveSummary(o.code(), o.year(), o.title(), o.department(), o.unit(), o.manager(),
        o.state().name(), o.stateLabel(), o.score(), o.band(), o.processInstanceId(),
        o.progress());
  }
}
