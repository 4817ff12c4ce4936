package it.pegworkflow.monitoring;

import it.pegworkflow.objective.Person;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An objective's plan as it was first imported (the baseline, never overwritten) and each act that
 * changed it since, in order, with its changes: {@code GET /api/objectives/{code}/versions}. The
 * baseline is rebuilt by {@link PlanHistory}'s rule from the rows as they are now and the changes.
 */
public record PlanVersions(String code, Baseline baseline, List<Version> versions) {

  public record Baseline(LocalDateTime importedAt, List<BaselinePhase> phases, List<BaselineIndicator> indicators) {}

  /** A phase as first imported; {@code responsible} as the sheet prints it (name - role). */
  public record BaselinePhase(int number, String name, LocalDate plannedStart, LocalDate plannedEnd, BigDecimal weight,
      String responsible) {}

  /** An indicator as first imported; {@code target} as the sheet's Valore Atteso wrote it. */
  public record BaselineIndicator(int number, String description, String target) {}

  /** One act: its number in the objective's life (1 is the first after the baseline), its kind in Italian too. */
  public record Version(int version, String kind, String kindLabel, String act, LocalDate effective, String sentBy,
      LocalDateTime sentAt, List<VersionChange> changes) {}

  /** One attribute, with its Italian label; {@code phase} or {@code indicator} is the stable number. */
  public record VersionChange(Integer phase, Integer indicator, String attribute, String label, String before,
      String after) {}

  public static PlanVersions of(String code, LocalDateTime importedAt, List<MonitoredPhase> phases,
      List<MonitoredIndicator> indicators, List<PlanChange> changes) {
    return new PlanVersions(code, new Baseline(importedAt, baselinePhases(phases, changes),
        baselineIndicators(indicators, changes)), versions(changes));
  }

  /** The phases of the baseline, by stable number: those added by a variation have none. */
  public static List<BaselinePhase> baselinePhases(List<MonitoredPhase> phases, List<PlanChange> changes) {
    PlanHistory history = new PlanHistory(changes);
    return phases.stream().filter(p -> history.phaseExisted(p.number(), PlanHistory.BASELINE)).map(p -> {
      String responsible = new Person(p.responsible(), p.responsibleRole()).printed();
      return new BaselinePhase(p.number(),
          history.phaseValue(p.number(), "name", p.name(), PlanHistory.BASELINE),
          date(history.phaseValue(p.number(), "plannedStart", Objects.toString(p.plannedStart(), null), PlanHistory.BASELINE)),
          date(history.phaseValue(p.number(), "plannedEnd", Objects.toString(p.plannedEnd(), null), PlanHistory.BASELINE)),
          decimal(history.phaseValue(p.number(), "weight", plain(p.weight()), PlanHistory.BASELINE)),
          history.phaseValue(p.number(), "responsible", responsible, PlanHistory.BASELINE));
    }).toList();
  }

  static List<BaselineIndicator> baselineIndicators(List<MonitoredIndicator> indicators, List<PlanChange> changes) {
    PlanHistory history = new PlanHistory(changes);
    return indicators.stream().filter(i -> history.indicatorExisted(i.number(), PlanHistory.BASELINE))
        .map(i -> new BaselineIndicator(i.number(),
            history.indicatorValue(i.number(), "indicatorDescription", i.description(), PlanHistory.BASELINE),
            history.indicatorValue(i.number(), "target", i.expectedValue(), PlanHistory.BASELINE)))
        .toList();
  }

  private static List<Version> versions(List<PlanChange> changes) {
    Map<Long, List<PlanChange>> byAct = new LinkedHashMap<>();
    changes.stream().sorted(Comparator.comparingLong(PlanChange::changeId))
        .forEach(c -> byAct.computeIfAbsent(c.variationId(), id -> new ArrayList<>()).add(c));
    List<Version> versions = new ArrayList<>();
    byAct.values().stream().sorted(Comparator.comparingLong(list -> list.get(0).variationId())).forEach(list -> {
      PlanChange first = list.get(0);
      versions.add(new Version(versions.size() + 1, first.kind(), ChangeWords.kind(first.kind()), first.act(),
          first.effective(), first.sentBy(), first.sentAt(), list.stream().map(c -> new VersionChange(c.phase(),
              c.indicator(), c.attribute(), ChangeWords.attribute(c.attribute()), c.before(), c.after())).toList()));
    });
    return versions;
  }

  /** A date as the tables keep it (ISO); {@code null} for none, or for one damaged by hand. */
  static LocalDate date(String iso) {
    try {
      return iso == null || iso.isBlank() ? null : LocalDate.parse(iso.strip());
    } catch (DateTimeParseException damaged) {
      return null;
    }
  }

  private static BigDecimal decimal(String value) {
    try {
      return value == null || value.isBlank() ? null : new BigDecimal(value.strip());
    } catch (NumberFormatException damaged) {
      return null;
    }
  }

  private static String plain(BigDecimal number) {
    return number == null ? null : number.stripTrailingZeros().toPlainString();
  }
}
