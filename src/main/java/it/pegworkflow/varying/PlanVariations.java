package it.pegworkflow.varying;

import it.pegworkflow.importing.IdentityProvisioning;
import it.pegworkflow.importing.NamesRefused;
import it.pegworkflow.importing.PeopleFound;
import it.pegworkflow.importing.ResolvedObjective;
import it.pegworkflow.importing.SheetIdentities;
import it.pegworkflow.importing.SheetPeopleInDirectory;
import it.pegworkflow.objective.Objective;
import it.pegworkflow.platform.EngineClock;
import it.pegworkflow.platform.ImportAsSystem;
import it.pegworkflow.sheet.PrintedObjective;
import it.pegworkflow.sheet.SheetParser;
import it.pegworkflow.store.PlanStore;
import it.pegworkflow.variation.Attribute;
import it.pegworkflow.variation.Change;
import it.pegworkflow.variation.Plan;
import it.pegworkflow.variation.PlanDiff;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A variation of the plan approved by an act: the controllo di gestione sends the reprinted sheet of
 * the objectives it changes, and each becomes its new version (docs/variations.md). Checked whole
 * before anything is written, then written whole: our tables, the act with its changes, the people
 * and offices the new version names (provisioned like at import), and the running processes.
 */
@Component
public class PlanVariations {

  private static final Logger LOG = LoggerFactory.getLogger(PlanVariations.class);

  /** What a variation changes in one objective, in the diff's order. */
  public record Varied(String code, List<Change> changes) {}

  private final PlanStore plans;
  private final PlanRules rules;
  private final SheetIdentities identities;
  private final SheetPeopleInDirectory directory;
  private final IdentityProvisioning provisioning;
  private final PlanTransaction transaction;
  private final ImportAsSystem asSystem;
  private final RunningProcesses processes;

  PlanVariations(PlanStore plans, PlanRules rules, SheetIdentities identities, SheetPeopleInDirectory directory,
      IdentityProvisioning provisioning, PlanTransaction transaction, ImportAsSystem asSystem,
      RunningProcesses processes) {
    this.processes = processes;
    this.plans = plans;
    this.rules = rules;
    this.identities = identities;
    this.directory = directory;
    this.provisioning = provisioning;
    this.transaction = transaction;
    this.asSystem = asSystem;
  }

  /**
   * The changes of every objective of {@code sheet} that changes; with {@code dryRun} the same
   * answer, and nothing written.
   *
   * @throws VariationRefused with its status, nothing changed
   * @throws it.pegworkflow.sheet.SheetException for a sheet that cannot be read (or names that cannot be ids)
   */
  public List<Varied> vary(byte[] sheet, String actText, String effective, boolean dryRun) {
    Act act = Act.of(actText, effective);
    List<PrintedObjective> printed = SheetParser.read(sheet);
    // Asked once, before the transaction: a slow directory holds no locks.
    PeopleFound people = directory.lookUp(printed);
    // A variation of a whole PEG takes a while: the log says one is under way.
    LOG.info("Variation of {} objectives started{}", printed.size(), dryRun ? " (dry run)" : "");
    try {
      return transaction.run(dryRun, () -> varyAll(printed, people, act, dryRun));
    } catch (NamesRefused e) {
      throw e.asSheetException();
    }
  }

  private List<Varied> varyAll(List<PrintedObjective> printed, PeopleFound people, Act act, boolean dryRun) {
    Map<String, PlanDiff.Diff> diffs = new LinkedHashMap<>();
    List<PrintedObjective> changed = new ArrayList<>();
    for (PrintedObjective objective : printed) {
      String code = objective.objective().code();
      Plan plan = plans.lockedPlan(code).orElseThrow(() -> VariationRefused.unknown(code));
      rules.refuseClosed(plan);
      act.checkYearOf(code, plan.year());
      PlanDiff.Diff diff = PlanDiff.between(plan, objective.objective());
      rules.refuseClosedParts(plan, diff.changes());
      if (!diff.changesNothing()) {
        diffs.put(code, diff);
        changed.add(objective);
      }
    }
    if (diffs.isEmpty()) {
      throw VariationRefused.nothing("La variazione non cambia nulla: il foglio è uguale alla versione in vigore "
          + (printed.size() == 1 ? "dell'obiettivo " + printed.get(0).objective().code() : "dei suoi obiettivi"));
    }
    // The new names become ids here, as at import (checked the same way, refused at their line).
    List<ResolvedObjective> resolved = identities.resolve(changed, people);
    List<Varied> varied = new ArrayList<>();
    diffs.forEach((code, diff) -> varied.add(new Varied(code, diff.changes())));
    if (dryRun) {
      return varied;
    }
    for (ResolvedObjective objective : resolved) {
      write(objective, diffs.get(objective.objective().code()));
    }
    Map<String, List<Change>> changes = new LinkedHashMap<>();
    varied.forEach(v -> changes.put(v.code(), v.changes()));
    plans.record("VARIATION", act.text(), act.effective(), transaction.sender(), EngineClock.now(), changes);
    asSystem.run(() -> {
      provisioning.provide(resolved, people.accounts(), people.ids().values());
      return null;
    });
    processes.follow(changes);
    return varied;
  }

  /** The new version into our tables: only what changed, added phases and indicators under their new numbers. */
  private void write(ResolvedObjective resolved, PlanDiff.Diff diff) {
    Objective next = resolved.objective();
    String code = next.code();
    if (diff.changes().stream().anyMatch(c -> c.attribute().level() == Attribute.Level.OBJECTIVE)) {
      plans.updateObjective(next, resolved.ids());
    }
    for (int i = 0; i < next.phases().size(); i++) {
      int number = diff.phaseNumbers().get(i);
      var ids = resolved.ids().phase(i + 1);
      if (has(diff, number, null, Attribute.PHASE_ADDED)) {
        plans.addPhase(code, number, next.phases().get(i), ids);
      } else if (has(diff, number, null, null)) {
        plans.updatePhase(code, number, next.phases().get(i), ids);
      }
    }
    for (int i = 0; i < next.indicators().size(); i++) {
      int number = diff.indicatorNumbers().get(i);
      if (has(diff, null, number, Attribute.INDICATOR_ADDED)) {
        plans.addIndicator(code, number, next.indicators().get(i));
      } else if (has(diff, null, number, null)) {
        plans.updateIndicator(code, number, next.indicators().get(i));
      }
    }
    diff.changes().stream().filter(c -> c.attribute() == Attribute.INDICATOR_REMOVED)
        .forEach(c -> plans.removeIndicator(code, c.indicator()));
    // A removed phase keeps its row as it is: the process ends its task and the projection records
    // it soppressa (PhaseState.REMOVED).
  }

  /** Whether the diff changes that phase or indicator ({@code attribute} null: any attribute). */
  private static boolean has(PlanDiff.Diff diff, Integer phase, Integer indicator, Attribute attribute) {
    return diff.changes().stream().anyMatch(c -> java.util.Objects.equals(c.phase(), phase)
        && java.util.Objects.equals(c.indicator(), indicator) && (attribute == null || c.attribute() == attribute));
  }
}
