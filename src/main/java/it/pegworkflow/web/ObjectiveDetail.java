package it.pegworkflow.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import it.pegworkflow.store.IndicatorRow;
import it.pegworkflow.store.ObjectiveRow;
import it.pegworkflow.store.PhaseRow;
import java.util.List;

/** Everything known of an objective: the sheet as parsed, and what its process has recorded. */
record ObjectiveDetail(
    @JsonUnwrapped ObjectiveRow objective,
    String stateLabel,
    List<PhaseView> phases,
    List<IndicatorRow> indicators) {

  record PhaseView(@JsonUnwrapped PhaseRow phase, String stateLabel) {}

  static ObjectiveDetail of(ObjectiveRow objective, List<PhaseRow> phases, List<IndicatorRow> indicators) {
    return new ObjectiveDetail(objective, objective.state().label(),
        phases.stream().map(p -> new PhaseView(p, p.state().label())).toList(), indicators);
  }
}
