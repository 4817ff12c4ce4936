package it.pegworkflow.variation;

import it.pegworkflow.objective.ObjectiveState;
import it.pegworkflow.objective.PhaseState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The version of an objective in force, as our tables hold it: what a variation is compared with.
 * Phases and indicators carry their stable numbers; a phase removed earlier (state REMOVED) and an
 * indicator removed earlier are listed too, since their numbers are never taken again.
 *
 * @param attributes the objective's own attributes by {@link Attribute} (people as printed)
 */
public record Plan(String code, int year, ObjectiveState state, Map<Attribute, String> attributes,
    List<PlanPhase> phases, List<PlanIndicator> indicators) {

  public Plan {
    attributes = Map.copyOf(attributes);
    phases = List.copyOf(phases);
    indicators = List.copyOf(indicators);
  }

  /**
   * A phase as stored: {@code weight} null when the sheet printed none, {@code responsible} as
   * printed ({@code VERNA MARCO - P.O. INCLUSIONE SOCIALE}).
   */
  public record PlanPhase(int number, String name, LocalDate plannedStart, LocalDate plannedEnd, BigDecimal weight,
      String responsible, String centre, String note, PhaseState state) {

    public boolean removed() {
      return state == PhaseState.REMOVED;
    }
  }

  /** An indicator as stored: {@code recorded} once its actual value is, {@code removed} once a variation dropped it. */
  public record PlanIndicator(int number, String description, String type, String expectedValue, boolean recorded,
      boolean removed) {}

  public PlanPhase phase(int number) {
    return phases.stream().filter(p -> p.number() == number).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No phase " + number + " in " + code));
  }

  public PlanIndicator indicator(int number) {
    return indicators.stream().filter(i -> i.number() == number).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No indicator " + number + " in " + code));
  }
}
