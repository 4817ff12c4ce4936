package it.pegworkflow.store;

import it.pegworkflow.objective.Indicator;
import it.pegworkflow.objective.Objective;
import it.pegworkflow.objective.ObjectiveState;
import it.pegworkflow.objective.Phase;
import it.pegworkflow.objective.PhaseState;
import it.pegworkflow.people.ObjectiveIds;
import it.pegworkflow.variation.Attribute;
import it.pegworkflow.variation.Plan;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The plan's columns of our tables as variations change them, and the variations' own rows
 * (peg_variation, peg_plan_change: docs/variations.md). What the processes report stays
 * ObjectiveProjection's; the state of a removed phase and of a withdrawn objective too.
 */
@Repository
public class PlanStore {

  private final JdbcClient jdbc;
  private final ObjectiveStore objectives;

  public PlanStore(JdbcClient jdbc, ObjectiveStore objectives) {
    this.jdbc = jdbc;
    this.objectives = objectives;
  }

  /**
   * The version in force of {@code code}, its objective row locked until the transaction ends: two
   * variations of one objective follow each other, the second compared with what the first made.
   */
  public Optional<Plan> lockedPlan(String code) {
    Optional<Map<String, Object>> row = jdbc.sql("select * from peg_objective where code = ? for update").param(code)
        .query().listOfRows().stream().findFirst();
    return row.map(objective -> new Plan(code, ((Number) objective.get("objective_year")).intValue(),
        ObjectiveState.valueOf((String) objective.get("state")), attributes(objective), phases(code), indicators(code)));
  }

  private static Map<Attribute, String> attributes(Map<String, Object> row) {
    Map<Attribute, String> attributes = new EnumMap<>(Attribute.class);
    attributes.put(Attribute.TITLE, (String) row.get("title"));
    attributes.put(Attribute.DESCRIPTION, (String) row.get("description"));
    attributes.put(Attribute.DEPARTMENT, (String) row.get("department"));
    attributes.put(Attribute.DIRECTOR, (String) row.get("director"));
    attributes.put(Attribute.UNIT, (String) row.get("unit"));
    attributes.put(Attribute.MANAGER, (String) row.get("manager"));
    attributes.put(Attribute.CLASSIFICATION, (String) row.get("classification"));
    attributes.put(Attribute.KIND, (String) row.get("kind"));
    return attributes;
  }

  private List<Plan.PlanPhase> phases(String code) {
    return objectives.phases(code).stream().map(p -> new Plan.PlanPhase(p.number(), p.name(), p.plannedStart(),
        p.plannedEnd(), p.weight(), printed(p.responsible(), p.responsibleRole()), p.centre(), p.note(), p.state()))
        .toList();
  }

  private List<Plan.PlanIndicator> indicators(String code) {
    return jdbc.sql("""
            select indicator_number, description, indicator_type, expected_value, actual_value, removed
            from peg_indicator where objective_code = ? order by indicator_number""")
        .param(code)
        .query((rs, n) -> new Plan.PlanIndicator(rs.getInt("indicator_number"), rs.getString("description"),
            rs.getString("indicator_type"), rs.getString("expected_value"), rs.getString("actual_value") != null,
            rs.getBoolean("removed")))
        .list();
  }

  /** A responsible as the sheet prints them: name, dash, role. */
  public static String printed(String name, String role) {
    return role == null || role.isBlank() ? name : name + " - " + role;
  }

  /** The objective's own columns as {@code next} prints them, its people under {@code ids}. */
  public void updateObjective(Objective next, ObjectiveIds ids) {
    var org = next.organisation();
    jdbc.sql("""
            update peg_objective set title = ?, description = ?, department = ?, director = ?, director_id = ?, unit = ?,
              manager = ?, manager_id = ?, classification = ?, kind = ? where code = ?""")
        .params(next.title(), next.description(), org.department(),
            org.director() == null ? null : org.director().fullName(), ids.directorId(), org.unit(), org.manager().fullName(),
            ids.managerId(), org.classification(), org.kind(), next.code())
        .update();
  }

  /** The plan's columns of phase {@code number} as {@code phase} prints them; its progress stays. */
  public void updatePhase(String code, int number, Phase phase, ObjectiveIds.PhaseIds ids) {
    jdbc.sql("""
            update peg_phase set name = ?, planned_start = ?, planned_end = ?, weight = ?, responsible = ?,
              responsible_role = ?, responsible_id = ?, centre = ?, centre_group_id = ?, note = ?
            where objective_code = ? and phase_number = ?""")
        .params(phase.name(), phase.plannedStart(), phase.plannedEnd(), phase.weight().orElse(null),
            phase.responsible().fullName(), phase.responsible().role(), ids.responsibleId(), phase.centre(),
            ids.centreGroupId(), phase.note(), code, number)
        .update();
  }

  /** A phase added under its stable {@code number}, not started. */
  public void addPhase(String code, int number, Phase phase, ObjectiveIds.PhaseIds ids) {
    objectives.insertPhase(code, new Phase(number, phase.name(), phase.plannedStart(), phase.plannedEnd(),
        phase.weight(), phase.responsible(), phase.centre(), phase.note()), ids);
  }

  /** The plan's columns of indicator {@code number} as {@code indicator} prints them, its target read again. */
  public void updateIndicator(String code, int number, Indicator indicator) {
    List<Object> params = new ArrayList<>(List.of(indicator.description(), indicator.type(),
        indicator.expectedValue(), indicator.target().valueKind().name()));
    params.addAll(TargetColumns.values(indicator.target()));
    params.add(code);
    params.add(number);
    jdbc.sql("update peg_indicator set description = ?, indicator_type = ?, expected_value = ?, value_kind = ?, "
            + TargetColumns.NAMES.replace(",", " = ?,") + " = ? where objective_code = ? and indicator_number = ?")
        .params(params).update();
  }

  /** An indicator added under its stable {@code number}. */
  public void addIndicator(String code, int number, Indicator indicator) {
    objectives.insertIndicator(code, new Indicator(number, indicator.description(), indicator.type(),
        indicator.expectedValue(), indicator.target()));
  }

  /** Dropped: the row stays, so that its number is never taken again and the trail can name it. */
  public void removeIndicator(String code, int number) {
    jdbc.sql("update peg_indicator set removed = true where objective_code = ? and indicator_number = ?")
        .params(code, number).update();
  }

  /** A reassigned phase's responsible: the account {@code id}, printed as {@code name}, without a role. */
  public void reassign(String code, int number, String id, String name) {
    jdbc.sql("update peg_phase set responsible = ?, responsible_role = '', responsible_id = ? "
            + "where objective_code = ? and phase_number = ?")
        .params(name, id, code, number).update();
  }

  /** A phase of someone's that is still to do, with its objective. */
  public record OpenPhase(String code, int number, String name, String responsible) {}

  /**
   * The phases of {@code responsibleId} not started or running, in objectives still running (not
   * reported, not withdrawn), their objective rows locked until the transaction ends.
   */
  public List<OpenPhase> lockedOpenPhasesOf(String responsibleId) {
    List<String> codes = jdbc.sql("""
            select distinct objective_code from peg_phase where responsible_id = ? and state in (?, ?)
            order by objective_code""")
        .params(responsibleId, PhaseState.PLANNED.name(), PhaseState.RUNNING.name()).query(String.class).list();
    List<OpenPhase> open = new ArrayList<>();
    for (String code : codes) {
      Optional<String> state = jdbc.sql("select state from peg_objective where code = ? for update").param(code)
          .query(String.class).optional();
      if (state.isEmpty() || state.get().equals(ObjectiveState.REPORTED.name())
          || state.get().equals(ObjectiveState.WITHDRAWN.name()) || withdrawn(code)) {
        continue;
      }
      jdbc.sql("""
              select phase_number, name, responsible, responsible_role from peg_phase
              where objective_code = ? and responsible_id = ? and state in (?, ?) order by phase_number""")
          .params(code, responsibleId, PhaseState.PLANNED.name(), PhaseState.RUNNING.name())
          .query((rs, n) -> new OpenPhase(code, rs.getInt("phase_number"), rs.getString("name"),
              printed(rs.getString("responsible"), rs.getString("responsible_role"))))
          .list().forEach(open::add);
    }
    return open;
  }

  /** Whether a withdrawal was recorded for {@code code} (the process may not have ended yet). */
  public boolean withdrawn(String code) {
    return jdbc.sql("select count(*) from peg_plan_change where objective_code = ? and attribute = ?")
        .params(code, Attribute.WITHDRAWN.apiName()).query(Integer.class).single() > 0;
  }

  /** One act sent: its row, then one row per change of each objective. */
  public long record(String kind, String act, LocalDate effective, String sentBy, Instant sentAt,
      Map<String, List<it.pegworkflow.variation.Change>> changesByCode) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into peg_variation (kind, act, effective_date, sent_by, sent_at) values (?, ?, ?, ?, ?)")
        .params(kind, act, effective, sentBy, Timestamp.from(sentAt))
        .update(key, "variation_id");
    long id = key.getKeyAs(Number.class).longValue();
    changesByCode.forEach((code, changes) -> changes.forEach(change -> jdbc.sql("""
            insert into peg_plan_change (variation_id, objective_code, phase_number, indicator_number, attribute,
              before_value, after_value) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(id, code, change.phase(), change.indicator(), change.attribute().apiName(), change.before(),
            change.after())
        .update()));
    return id;
  }
}
