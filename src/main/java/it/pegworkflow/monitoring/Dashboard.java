package it.pegworkflow.monitoring;

import it.pegworkflow.campaign.CampaignStatus;
import it.pegworkflow.objective.ObjectiveState;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The dashboard section: the objectives of a year the user may see, filtered, with the choices
 * the filters offer (taken from the visible objectives of the year, before the other filters), and the
 * year's latest monitoring campaign with each objective's status in it ({@code lastCampaign}, {@code null}
 * when the year had none; an objective the reader sees only as a responsible of a phase has no status).
 */
public record Dashboard(
    int year,
    List<Integer> years,
    List<String> departments,
    List<String> units,
    List<Choice> states,
    List<MonitoredObjective> objectives,
    LastCampaign lastCampaign,
    List<Choice> campaignStatuses) {

  /** The year's latest campaign: its page, its date, and the status of each objective shown, by code. */
  public record LastCampaign(long id, LocalDate referenceDate, String stateLabel, Map<String, Choice> statuses) {}

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

  /** {@code campaignStatus}: only the objectives with that status in the year's latest campaign ({@code null}: any). */
  public static Dashboard of(int year, List<Integer> years, List<MonitoredObjective> ofTheYear, Reader reader,
      Filter filter, Optional<Campaigns.Latest> latest, CampaignStatus campaignStatus) {
    List<MonitoredObjective> seen = ofTheYear.stream().filter(reader::mayRead).map(reader::seen).toList();
    Map<String, CampaignStatus> statuses = latest.map(Campaigns.Latest::statuses).orElse(Map.of());
    List<MonitoredObjective> shown = seen.stream().filter(filter::matches)
        .filter(o -> campaignStatus == null || campaignStatus == statuses.get(o.code())).toList();
    LastCampaign last = latest.map(l -> new LastCampaign(l.campaign().id(), l.campaign().referenceDate(),
        l.campaign().stateLabel(), shown.stream().filter(o -> statuses.containsKey(o.code())).collect(Collectors.toMap(
            MonitoredObjective::code, o -> new Choice(statuses.get(o.code()).name(), statuses.get(o.code()).label())))))
        .orElse(null);
    return new Dashboard(year, years,
        distinct(seen.stream().map(MonitoredObjective::department).toList()),
        distinct(seen.stream().filter(o -> filter.department() == null || filter.department().isBlank()
            || filter.department().equals(o.department())).map(MonitoredObjective::unit).toList()),
        Arrays.stream(ObjectiveState.values()).map(s -> new Choice(s.name(), s.label())).toList(),
        shown, last, Arrays.stream(CampaignStatus.values()).map(s -> new Choice(s.name(), s.label())).toList());
  }

  private static List<String> distinct(List<String> values) {
    return values.stream().filter(Objects::nonNull).distinct().sorted().toList();
  }
}
