package it.pegworkflow.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import it.pegworkflow.store.IndicatorRow;
import it.pegworkflow.store.ObjectiveRow;
import it.pegworkflow.store.PhaseRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An objective as one reader may see it: everything for those who follow it (its Dirigente and
 * Direttore, the Nucleo, the controllo di gestione, the administrators); for a responsible the sheet
 * as parsed and what they themselves reported, nothing of what colleagues, the Dirigente or the Nucleo
 * recorded (docs/security.md, «Who reads what»).
 */
record ObjectiveDetail(
    @JsonUnwrapped ObjectiveRow objective,
    String stateLabel,
    List<PhaseView> phases,
    List<IndicatorRow> indicators) {

  /** A phase as its reader may see it. */
  sealed interface PhaseView permits ReportedPhase, PlannedPhase {}

  /** A phase with what its responsible reported. */
  record ReportedPhase(@JsonUnwrapped PhaseRow phase, String stateLabel) implements PhaseView {}

  /** A colleague's phase: what the sheet printed, not how it went. */
  record PlannedPhase(String objectiveCode, int number, String name, LocalDate plannedStart, LocalDate plannedEnd,
      BigDecimal weight, String responsible, String responsibleRole, String responsibleId, String centre,
      String centreGroupId, String note) implements PhaseView {

    static PlannedPhase of(PhaseRow p) {
      return new PlannedPhase(p.objectiveCode(), p.number(), p.name(), p.plannedStart(), p.plannedEnd(), p.weight(),
          p.responsible(), p.responsibleRole(), p.responsibleId(), p.centre(), p.centreGroupId(), p.note());
    }
  }

  /** For those who follow the objective. */
  static ObjectiveDetail of(ObjectiveRow objective, List<PhaseRow> phases, List<IndicatorRow> indicators) {
    return new ObjectiveDetail(objective, objective.state().label(),
        phases.stream().<PhaseView>map(ObjectiveDetail::reported).toList(), indicators);
  }

  /** For a responsible of some of its phases ({@code userId}): their own phases as reported, the rest as planned. */
  static ObjectiveDetail ofResponsible(ObjectiveRow objective, List<PhaseRow> phases, List<IndicatorRow> indicators,
      String userId) {
    return new ObjectiveDetail(withoutResults(objective), objective.state().label(),
        phases.stream().map(p -> userId.equals(p.responsibleId()) ? reported(p) : PlannedPhase.of(p)).toList(),
        indicators.stream().map(ObjectiveDetail::asPlanned).toList());
  }

  /** The objective without its scores and the Dirigente's and the Nucleo's words. */
  static ObjectiveRow withoutResults(ObjectiveRow o) {
    return new ObjectiveRow(o.code(), o.year(), o.title(), o.department(), o.director(), o.unit(), o.manager(),
        o.managerId(), o.classification(), o.kind(), o.description(), o.processInstanceId(), o.state(),
        null, null, null, null, null, null);
  }

  private static PhaseView reported(PhaseRow phase) {
    return new ReportedPhase(phase, phase.state().label());
  }

  private static IndicatorRow asPlanned(IndicatorRow i) {
    return new IndicatorRow(i.objectiveCode(), i.number(), i.description(), i.type(), i.expectedValue(), i.valueKind(),
        null, null, null);
  }
}
