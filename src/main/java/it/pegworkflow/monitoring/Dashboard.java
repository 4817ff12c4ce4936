package it.pegworkflow.monitoring;

import it.pegworkflow.objective.ObjectiveState;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The dashboard section: the objectives of a year the user may see, filtered, with the choices
 * the filters offer (taken from the visible objectives of the year, before the other filters).
 */
public record Dashboard(
    int year,
    List<Integer> years,
    List<String> departments,
    List<String> units,
    List<Choice> states,
    List<MonitoredObjective> objectives) {

  /** A value and its Italian label. */
  public record Choice(String value, String label) {}

  /**
   * What the user picked; {@code null} or blank means any. {@code lateOnly} leaves out withdrawn
   * objectives (nobody follows their phases any more); {@code variedOnly} keeps those whose plan an act changed.
   */
  public record Filter(String department, String unit, ObjectiveState state, boolean lateOnly, boolean variedOnly) {

    public Filter(String department, String unit, ObjectiveState state, boolean lateOnly) {
      this(department, unit, state, lateOnly, false);
    }

    /** Whether the objective, as the reader sees it, is one the user picked. */
    public boolean matches(MonitoredObjective objective) {
      return (blank(department) || department.equals(objective.department()))
          && (blank(unit) || unit.equals(objective.unit()))
          && (state == null || state == objective.state())
          && (!lateOnly || objective.hasLatePhases() && objective.state() != ObjectiveState.WITHDRAWN)
          && (!variedOnly || objective.varied());
    }

    private static boolean blank(String value) {
      return value == null || value.isBlank();
    }
  }

  public static Dashboard of(int year, List<Integer> years, List<MonitoredObjective> ofTheYear, Reader reader,
      Filter filter) {
    List<MonitoredObjective> seen = ofTheYear.stream().filter(reader::mayRead).map(reader::seen).toList();
    return new Dashboard(year, years,
        distinct(seen.stream().map(MonitoredObjective::department).toList()),
        distinct(seen.stream().filter(o -> filter.department() == null || filter.department().isBlank()
            || filter.department().equals(o.department())).map(MonitoredObjective::unit).toList()),
        Arrays.stream(ObjectiveState.values()).map(s -> new Choice(s.name(), s.label())).toList(),
        seen.stream().filter(filter::matches).toList());
  }

  private static List<String> distinct(List<String> values) {
    return values.stream().filter(Objects::nonNull).distinct().sorted().toList();
  }
}
