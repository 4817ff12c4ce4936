package it.pegworkflow.monitoring;

import it.pegworkflow.objective.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * «Variazione dopo la scadenza», what the Nucleo di Valutazione looks for (docs/monitoring.md): an
 * objective one of whose phases got a later planned end when the end it had was already past on the
 * effective date, or one of whose targets was lowered when the objective's planned end (the latest
 * of its phases then in the plan) was already past on the effective date.
 *
 * <p>The targets are compared as read from the words the sheet wrote ({@code targets}: the sheet's
 * reader, which this package may not call itself), kind against kind; targets of different kinds, or
 * a threshold that changes direction or unit, are not comparable and raise no flag (the Variazioni
 * sheet lists them all the same).
 */
public final class LateVariations {

  private LateVariations() {}

  /** The codes of the objectives flagged, among those whose {@code changes} and {@code phases} are given (any year's). */
  public static Set<String> flaggedCodes(List<PlanChange> changes, List<MonitoredPhase> phases,
      Function<String, Target> targets) {
    Map<String, List<MonitoredPhase>> phasesOf = phases.stream().collect(Collectors.groupingBy(MonitoredPhase::objectiveCode));
    return changes.stream().collect(Collectors.groupingBy(PlanChange::objectiveCode)).entrySet().stream()
        .filter(e -> flagged(e.getValue(), phasesOf.getOrDefault(e.getKey(), List.of()), targets))
        .map(Map.Entry::getKey).collect(Collectors.toSet());
  }

  /** Whether the changes of one objective, whose rows are {@code phases}, include a late variation. */
  public static boolean flagged(List<PlanChange> changes, List<MonitoredPhase> phases, Function<String, Target> targets) {
    PlanHistory history = new PlanHistory(changes);
    return changes.stream().anyMatch(c -> switch (c.attribute()) {
      case "plannedEnd" -> c.phase() != null && deadlineMovedAfterItPassed(c);
      case "target" -> c.indicator() != null && lowered(targets.apply(c.before()), targets.apply(c.after()))
          && plannedEnd(history, phases, c.variationId()).map(c.effective()::isAfter).orElse(false);
      default -> false;
    });
  }

  private static boolean deadlineMovedAfterItPassed(PlanChange change) {
    LocalDate before = PlanVersions.date(change.before());
    LocalDate after = PlanVersions.date(change.after());
    return before != null && after != null && after.isAfter(before) && change.effective().isAfter(before);
  }

  /** The objective's planned end just before {@code variation}: the latest end of the phases then in the plan. */
  private static Optional<LocalDate> plannedEnd(PlanHistory history, List<MonitoredPhase> phases, long variation) {
    return phases.stream().filter(p -> history.phaseExisted(p.number(), variation))
        .map(p -> PlanVersions.date(history.phaseValue(p.number(), "plannedEnd", Objects.toString(p.plannedEnd(), null),
            variation)))
        .filter(Objects::nonNull).max(LocalDate::compareTo);
  }

  /**
   * Whether {@code after} asks less than {@code before}: a later deadline; a lower threshold for an
   * increasing indicator (at least, more than), a higher one for a decreasing one (at most, less than),
   * or the same value no longer strict («maggiore di 100» to «almeno 100»); a lower ratio.
   */
  public static boolean lowered(Target before, Target after) {
    if (before instanceof Target.Deadline b && after instanceof Target.Deadline a) {
      return a.date().isAfter(b.date());
    }
    if (before instanceof Target.Threshold b && after instanceof Target.Threshold a
        && b.percentage() == a.percentage() && b.decreasing() == a.decreasing()) {
      int compared = a.value().compareTo(b.value());
      if (compared != 0) {
        return b.decreasing() ? compared > 0 : compared < 0;
      }
      return strict(b.comparison()) && !strict(a.comparison());
    }
    if (before instanceof Target.Ratio b && after instanceof Target.Ratio a) {
      return a.value().compareTo(b.value()) < 0;
    }
    return false;
  }

  private static boolean strict(Target.Comparison comparison) {
    return comparison == Target.Comparison.GREATER_THAN || comparison == Target.Comparison.LESS_THAN;
  }
}
