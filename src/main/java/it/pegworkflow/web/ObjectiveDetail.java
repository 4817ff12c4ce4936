package it.pegworkflow.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import it.pegworkflow.monitoring.MonitoredIndicator;
import it.pegworkflow.monitoring.MonitoredObjective;
import it.pegworkflow.monitoring.MonitoredPhase;
import it.pegworkflow.monitoring.Reader;
import java.util.List;

/**
 * An objective as its reader may see it ({@link Reader}): the sheet as parsed and what its process
 * recorded, for those who follow it; the plan and their own reports, for a responsible.
 */
record ObjectiveDetail(
    @JsonUnwrapped MonitoredObjective objective,
    List<PhaseView> phases,
    List<MonitoredIndicator> indicators) {

  /** A phase with its state in Italian; {@code stateLabel} is null for a phase seen as planned only. */
  record PhaseView(@JsonUnwrapped MonitoredPhase phase, String stateLabel) {}

  static ObjectiveDetail of(Reader reader, MonitoredObjective objective, List<MonitoredPhase> phases,
      List<MonitoredIndicator> indicators) {
    return new ObjectiveDetail(reader.seen(objective),
        phases.stream().map(p -> reader.seen(objective, p))
            .map(p -> new PhaseView(p, p.state() == null ? null : p.state().label())).toList(),
        indicators.stream().map(i -> reader.seen(objective, i)).toList());
  }
}
