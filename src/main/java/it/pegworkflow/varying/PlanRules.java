package it.pegworkflow.varying;

import it.pegworkflow.objective.ObjectiveState;
import it.pegworkflow.objective.PhaseState;
import it.pegworkflow.store.PlanStore;
import it.pegworkflow.variation.Change;
import it.pegworkflow.variation.Plan;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the plan no longer lets change: an objective in its reporting, validated or withdrawn; a
 * phase already closed (or removed); an indicator whose value is already recorded. The Nucleo weighs
 * what was planned against what was done: that is never rewritten afterwards.
 */
@Component
class PlanRules {

  private static final Set<ObjectiveState> CLOSED_OBJECTIVE = EnumSet.of(ObjectiveState.REPORTING,
      ObjectiveState.VALIDATING, ObjectiveState.REPORTED, ObjectiveState.WITHDRAWN);
  private static final Set<PhaseState> CLOSED_PHASE = EnumSet.of(PhaseState.COMPLETED, PhaseState.NOT_COMPLETED,
      PhaseState.REMOVED);

  private final PlanStore plans;

  PlanRules(PlanStore plans) {
    this.plans = plans;
  }

  /** @throws VariationRefused 409 when the objective's plan can no longer change */
  void refuseClosed(Plan plan) {
    if (plans.withdrawn(plan.code()) || plan.state() == ObjectiveState.WITHDRAWN) {
      throw VariationRefused.conflict("L'obiettivo " + plan.code() + " è ritirato: non si può più variare");
    }
    if (CLOSED_OBJECTIVE.contains(plan.state())) {
      throw VariationRefused.conflict("L'obiettivo " + plan.code() + " è " + plan.state().label()
          + ": il suo piano non si può più variare");
    }
  }

  /** @throws VariationRefused 409 naming every closed phase and recorded indicator the changes touch */
  void refuseClosedParts(Plan plan, List<Change> changes) {
    Set<String> problems = new LinkedHashSet<>();
    for (Change change : changes) {
      if (change.phase() != null) {
        plan.phases().stream().filter(p -> p.number() == change.phase() && CLOSED_PHASE.contains(p.state()))
            .forEach(p -> problems.add("la fase " + p.number() + " «" + p.name() + "» è " + p.state().label()));
      }
      if (change.indicator() != null) {
        plan.indicators().stream().filter(i -> i.number() == change.indicator() && i.recorded())
            .forEach(i -> problems.add("l'indicatore " + i.number() + " «" + i.description()
                + "» ha già il valore rilevato"));
      }
    }
    if (!problems.isEmpty()) {
      throw VariationRefused.conflict("Obiettivo " + plan.code() + ": " + String.join("; ", new ArrayList<>(problems))
          + ": non si può più variare. Nessuna variazione è stata registrata");
    }
  }
}
