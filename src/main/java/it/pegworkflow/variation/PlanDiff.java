package it.pegworkflow.variation;

import it.pegworkflow.objective.Indicator;
import it.pegworkflow.objective.Objective;
import it.pegworkflow.objective.Organisation;
import it.pegworkflow.objective.Phase;
import it.pegworkflow.objective.PhaseWeights;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a new printed version of an objective changes in the version in force: its own attributes
 * first (in {@link Attribute} order), then its phases by stable number, then its indicators by stable
 * number, each one's attributes in {@link Attribute} order. Texts are compared after collapsing
 * whitespace; weights as the score counts them (the printed Peso, or an equal share when the sheet
 * prints none); a phase or indicator added or removed is one change, naming it.
 */
public final class PlanDiff {

  /**
   * @param changes what changed, in the order above
   * @param phaseNumbers the stable number of each printed phase, in printed order
   * @param indicatorNumbers the stable number of each printed indicator, in printed order
   */
  public record Diff(List<Change> changes, List<Integer> phaseNumbers, List<Integer> indicatorNumbers) {

    public boolean changesNothing() {
      return changes.isEmpty();
    }
  }

  private PlanDiff() {}

  public static Diff between(Plan current, Objective next) {
    if (!current.code().equals(next.code())) {
      throw new IllegalArgumentException("Comparing " + current.code() + " with " + next.code());
    }
    List<Change> changes = new ArrayList<>(objectiveChanges(current.attributes(), next));
    List<Plan.PlanPhase> live = current.phases().stream().filter(p -> !p.removed()).toList();
    List<Integer> phaseNumbers = Matching.stableNumbers(
        live.stream().map(p -> new Matching.Current(p.number(), p.name())).toList(),
        next.phases().stream().map(Phase::name).toList(),
        current.phases().stream().mapToInt(Plan.PlanPhase::number).max().orElse(0) + 1);
    changes.addAll(phaseChanges(live, next, phaseNumbers));
    List<Plan.PlanIndicator> liveIndicators = current.indicators().stream().filter(i -> !i.removed()).toList();
    List<Integer> indicatorNumbers = Matching.stableNumbers(
        liveIndicators.stream().map(i -> new Matching.Current(i.number(), i.description())).toList(),
        next.indicators().stream().map(Indicator::description).toList(),
        current.indicators().stream().mapToInt(Plan.PlanIndicator::number).max().orElse(0) + 1);
    changes.addAll(indicatorChanges(liveIndicators, next.indicators(), indicatorNumbers));
    return new Diff(List.copyOf(changes), phaseNumbers, indicatorNumbers);
  }

  /** The objective's own attributes as a printed version gives them (people as printed). */
  public static Map<Attribute, String> attributesOf(Objective objective) {
    Organisation org = objective.organisation();
    Map<Attribute, String> attributes = new EnumMap<>(Attribute.class);
    attributes.put(Attribute.TITLE, objective.title());
    attributes.put(Attribute.DESCRIPTION, objective.description());
    attributes.put(Attribute.DEPARTMENT, org.department());
    attributes.put(Attribute.DIRECTOR, org.director() == null ? null : org.director().fullName());
    attributes.put(Attribute.UNIT, org.unit());
    attributes.put(Attribute.MANAGER, org.manager().fullName());
    attributes.put(Attribute.CLASSIFICATION, org.classification());
    attributes.put(Attribute.KIND, org.kind());
    return attributes;
  }

  private static List<Change> objectiveChanges(Map<Attribute, String> current, Objective next) {
    List<Change> changes = new ArrayList<>();
    attributesOf(next).forEach((attribute, after) -> {
      String before = current.get(attribute);
      if (!sameText(before, after)) {
        changes.add(Change.ofObjective(attribute, blankAsNull(before), blankAsNull(after)));
      }
    });
    return changes;
  }

  private static List<Change> phaseChanges(List<Plan.PlanPhase> live, Objective next, List<Integer> numbers) {
    Map<Integer, List<Change>> byNumber = new TreeMap<>();
    BigDecimal share = live.isEmpty() ? BigDecimal.ZERO : PhaseWeights.equalShare(live.size());
    for (int i = 0; i < next.phases().size(); i++) {
      Phase phase = next.phases().get(i);
      int number = numbers.get(i);
      Plan.PlanPhase before = live.stream().filter(p -> p.number() == number).findFirst().orElse(null);
      List<Change> changes = byNumber.computeIfAbsent(number, n -> new ArrayList<>());
      if (before == null) {
        changes.add(Change.ofPhase(number, Attribute.PHASE_ADDED, null, phase.name()));
        continue;
      }
      text(changes, number, Attribute.PHASE_NAME, before.name(), phase.name());
      date(changes, number, Attribute.PLANNED_START, before.plannedStart(), phase.plannedStart());
      date(changes, number, Attribute.PLANNED_END, before.plannedEnd(), phase.plannedEnd());
      BigDecimal weightBefore = before.weight() == null ? share : before.weight();
      BigDecimal weightAfter = next.weightOf(phase);
      if (weightBefore.compareTo(weightAfter) != 0) {
        changes.add(Change.ofPhase(number, Attribute.WEIGHT, weight(weightBefore), weight(weightAfter)));
      }
      text(changes, number, Attribute.RESPONSIBLE, before.responsible(), phase.responsible().printed());
      text(changes, number, Attribute.CENTRE, before.centre(), phase.centre());
      text(changes, number, Attribute.PHASE_NOTE, before.note(), phase.note());
    }
    for (Plan.PlanPhase phase : live) {
      if (!numbers.contains(phase.number())) {
        byNumber.computeIfAbsent(phase.number(), n -> new ArrayList<>())
            .add(Change.ofPhase(phase.number(), Attribute.PHASE_REMOVED, phase.name(), null));
      }
    }
    return byNumber.values().stream().flatMap(List::stream).toList();
  }

  private static List<Change> indicatorChanges(List<Plan.PlanIndicator> live, List<Indicator> next,
      List<Integer> numbers) {
    Map<Integer, List<Change>> byNumber = new TreeMap<>();
    for (int i = 0; i < next.size(); i++) {
      Indicator indicator = next.get(i);
      int number = numbers.get(i);
      Plan.PlanIndicator before = live.stream().filter(x -> x.number() == number).findFirst().orElse(null);
      List<Change> changes = byNumber.computeIfAbsent(number, n -> new ArrayList<>());
      if (before == null) {
        changes.add(Change.ofIndicator(number, Attribute.INDICATOR_ADDED, null, indicator.description()));
        continue;
      }
      indicatorText(changes, number, Attribute.INDICATOR_DESCRIPTION, before.description(), indicator.description());
      indicatorText(changes, number, Attribute.INDICATOR_TYPE, before.type(), indicator.type());
      indicatorText(changes, number, Attribute.TARGET, before.expectedValue(), indicator.expectedValue());
    }
    for (Plan.PlanIndicator indicator : live) {
      if (!numbers.contains(indicator.number())) {
        byNumber.computeIfAbsent(indicator.number(), n -> new ArrayList<>())
            .add(Change.ofIndicator(indicator.number(), Attribute.INDICATOR_REMOVED, indicator.description(), null));
      }
    }
    return byNumber.values().stream().flatMap(List::stream).toList();
  }

  private static void text(List<Change> changes, int phase, Attribute attribute, String before, String after) {
    if (!sameText(before, after)) {
      changes.add(Change.ofPhase(phase, attribute, blankAsNull(before), blankAsNull(after)));
    }
  }

  private static void indicatorText(List<Change> changes, int indicator, Attribute attribute, String before,
      String after) {
    if (!sameText(before, after)) {
      changes.add(Change.ofIndicator(indicator, attribute, blankAsNull(before), blankAsNull(after)));
    }
  }

  private static void date(List<Change> changes, int phase, Attribute attribute, LocalDate before, LocalDate after) {
    if (!Objects.equals(before, after)) {
      changes.add(Change.ofPhase(phase, attribute, Objects.toString(before, null), Objects.toString(after, null)));
    }
  }

  private static boolean sameText(String before, String after) {
    return Matching.collapsed(before).equals(Matching.collapsed(after));
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** A weight as the API shows it: a plain decimal, at most two places (an equal third is 33.33). */
  public static String weight(BigDecimal weight) {
    BigDecimal shown = weight.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return (shown.scale() < 0 ? shown.setScale(0) : shown).toPlainString();
  }
}
