package it.pegworkflow.store;

import it.pegworkflow.objective.Indicator;
import it.pegworkflow.objective.Objective;
import it.pegworkflow.objective.ObjectiveState;
import it.pegworkflow.objective.Phase;
import it.pegworkflow.objective.PhaseState;
import it.pegworkflow.people.ObjectiveIds;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The imported objectives, their phases and indicators, and what the processes report on them. */
@Repository
public class ObjectiveStore {

  private final JdbcClient jdbc;

  public ObjectiveStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Adds an objective with the ids its people and offices got at import; a code already there fails
   * on the primary key, also under concurrency.
   */
  public void insert(Objective objective, ObjectiveIds ids) {
    var org = objective.organisation();
    jdbc.sql("""
            insert into peg_objective (code, objective_year, title, department, director, director_id, unit, manager,
              manager_id, classification, kind, description, state, imported_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(objective.code(), objective.year(), objective.title(), org.department(),
            org.director() == null ? null : org.director().fullName(), ids.directorId(), org.unit(), org.manager().fullName(),
            ids.managerId(), org.classification(), org.kind(), objective.description(),
            ObjectiveState.RUNNING.name(), Timestamp.from(Instant.now()))
        .update();
    for (Phase phase : objective.phases()) {
      insertPhase(objective.code(), phase, ids.phase(phase.number()));
    }
    for (Indicator indicator : objective.indicators()) {
      insertIndicator(objective.code(), indicator);
    }
  }

  void insertPhase(String code, Phase phase, ObjectiveIds.PhaseIds ids) {
    jdbc.sql("""
            insert into peg_phase (objective_code, phase_number, name, planned_start, planned_end, weight, responsible,
              responsible_role, responsible_id, centre, centre_group_id, note, state, late)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)""")
        .params(code, phase.number(), phase.name(), phase.plannedStart(), phase.plannedEnd(),
            phase.weight().orElse(null), phase.responsible().fullName(), phase.responsible().role(),
            ids.responsibleId(), phase.centre(), ids.centreGroupId(), phase.note(), PhaseState.PLANNED.name())
        .update();
  }

  void insertIndicator(String code, Indicator indicator) {
    List<Object> params = new ArrayList<>(List.of(code, indicator.number(), indicator.description(), indicator.type(),
        indicator.expectedValue(), indicator.target().valueKind().name()));
    params.addAll(TargetColumns.values(indicator.target()));
    jdbc.sql("""
            insert into peg_indicator (objective_code, indicator_number, description, indicator_type, expected_value,
              value_kind, %s)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(TargetColumns.NAMES))
        .params(params)
        .update();
  }

  public void attachProcessInstance(String code, String processInstanceId) {
    jdbc.sql("update peg_objective set process_instance_id = ? where code = ?").params(processInstanceId, code).update();
  }

  public boolean exists(String code) {
    return jdbc.sql("select count(*) from peg_objective where code = ?").param(code).query(Integer.class).single() > 0;
  }

  public List<PhaseRow> phases(String code) {
    return jdbc.sql("select * from peg_phase where objective_code = ? order by phase_number")
        .param(code).query(Rows::phase).list();
  }

  public PhaseRow phase(String code, int number) {
    return jdbc.sql("select * from peg_phase where objective_code = ? and phase_number = ?")
        .params(code, number).query(Rows::phase).single();
  }

  public List<IndicatorRow> indicators(String code) {
    return jdbc.sql("select * from peg_indicator where objective_code = ? order by indicator_number")
        .param(code).query(Rows::indicator).list();
  }

  /** The indicators that count: those no variation removed. */
  public List<IndicatorRow> liveIndicators(String code) {
    return jdbc.sql("select * from peg_indicator where objective_code = ? and removed = false order by indicator_number")
        .param(code).query(Rows::indicator).list();
  }

  /** The Dirigente's user id, as the import (or the last variation) resolved it. */
  public String managerId(String code) {
    return jdbc.sql("select manager_id from peg_objective where code = ?").param(code).query(String.class).single();
  }

  /** The Direttore's user id, null when the objective has none (or was imported before it was kept). */
  public String directorId(String code) {
    return jdbc.sql("select director_id from peg_objective where code = ?").param(code).query(String.class).optional()
        .orElse(null);
  }

  public IndicatorRow indicator(String code, int number) {
    return jdbc.sql("select * from peg_indicator where objective_code = ? and indicator_number = ?")
        .params(code, number).query(Rows::indicator).single();
  }
}
