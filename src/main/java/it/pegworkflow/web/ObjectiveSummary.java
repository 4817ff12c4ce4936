package it.pegworkflow.web;

import it.pegworkflow.store.ObjectiveRow;
import java.math.BigDecimal;

/** One line of the objectives' list. */
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
    String processInstanceId) {

  static ObjectiveSummary of(ObjectiveRow row) {
    return new ObjectiveSummary(row.code(), row.year(), row.title(), row.department(), row.unit(), row.manager(),
        row.state().name(), row.state().label(), row.score(), row.band(), row.processInstanceId());
  }
}
