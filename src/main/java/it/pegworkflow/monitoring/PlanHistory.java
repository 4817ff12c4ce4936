package it.pegworkflow.monitoring;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An objective's plan at any moment, from its rows as they are now and the changes made since the
 * import (the one rule, docs/monitoring.md "Versions and baseline"): just before variation {@code v},
 * an attribute had the {@code before} of its first change made by {@code v} or later, and its current
 * value if nothing changed it since. Before the first variation, that is the baseline. A phase (or
 * indicator) added by a variation did not exist before it; one removed was gone after it.
 */
final class PlanHistory {

  static final String PHASE_ADDED = "phaseAdded";
  static final String PHASE_REMOVED = "phaseRemoved";
  static final String INDICATOR_ADDED = "indicatorAdded";
  static final String INDICATOR_REMOVED = "indicatorRemoved";

  /** {@code null} as the variation: before any, the baseline. */
  static final Long BASELINE = null;

  private final List<PlanChange> changes;

  PlanHistory(List<PlanChange> changes) {
    this.changes = changes.stream().sorted(Comparator.comparingLong(PlanChange::changeId)).toList();
  }

  /** The phase's {@code attribute} just before {@code variation}, given its {@code current} value. */
  String phaseValue(int phase, String attribute, String current, Long variation) {
    return value(phase, null, attribute, current, variation);
  }

  String indicatorValue(int indicator, String attribute, String current, Long variation) {
    return value(null, indicator, attribute, current, variation);
  }

  /** Whether the phase was in the plan just before {@code variation}. */
  boolean phaseExisted(int phase, Long variation) {
    return existed(phase, null, PHASE_ADDED, PHASE_REMOVED, variation);
  }

  boolean indicatorExisted(int indicator, Long variation) {
    return existed(null, indicator, INDICATOR_ADDED, INDICATOR_REMOVED, variation);
  }

  private String value(Integer phase, Integer indicator, String attribute, String current, Long variation) {
    return changes.stream()
        .filter(c -> c.of(phase, indicator) && attribute.equals(c.attribute()) && atOrAfter(c, variation))
        .findFirst().map(PlanChange::before).orElse(current);
  }

  private boolean existed(Integer phase, Integer indicator, String added, String removed, Long variation) {
    boolean addedSince = changes.stream().anyMatch(c -> c.of(phase, indicator) && added.equals(c.attribute())
        && atOrAfter(c, variation));
    boolean removedBefore = changes.stream().anyMatch(c -> c.of(phase, indicator) && removed.equals(c.attribute())
        && !atOrAfter(c, variation));
    return !addedSince && !removedBefore;
  }

  private static boolean atOrAfter(PlanChange change, Long variation) {
    return Objects.equals(variation, BASELINE) || change.variationId() >= variation;
  }
}
