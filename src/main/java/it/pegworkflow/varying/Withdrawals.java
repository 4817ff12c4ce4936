package it.pegworkflow.varying;

import it.pegworkflow.objective.ObjectiveState;
import it.pegworkflow.platform.EngineClock;
import it.pegworkflow.store.PlanStore;
import it.pegworkflow.variation.Attribute;
import it.pegworkflow.variation.Change;
import it.pegworkflow.variation.Plan;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * An objective withdrawn by an act: recorded with its act, then its process ends its tasks and the
 * projection records it ritirato; it stays in the report, out of the year's scores.
 */
@Component
public class Withdrawals {

  private final PlanStore plans;
  private final PlanTransaction transaction;
  private final RunningProcesses processes;

  Withdrawals(PlanStore plans, PlanTransaction transaction, RunningProcesses processes) {
    this.plans = plans;
    this.transaction = transaction;
    this.processes = processes;
  }

  /**
   * @return the one change, {@code withdrawn}
   * @throws VariationRefused 404 unknown code, 409 already reported or withdrawn, 400 act or day
   */
  public Change withdraw(String code, String actText, String effective) {
    Act act = Act.of(actText, effective);
    return transaction.run(false, () -> {
      Plan plan = plans.lockedPlan(code).orElseThrow(() -> VariationRefused.unknown(code));
      if (plans.withdrawn(code) || plan.state() == ObjectiveState.WITHDRAWN) {
        throw VariationRefused.conflict("L'obiettivo " + code + " è già ritirato");
      }
      if (plan.state() == ObjectiveState.REPORTED) {
        throw VariationRefused.conflict("L'obiettivo " + code + " è già rendicontato: non si può più ritirare");
      }
      act.checkYearOf(code, plan.year());
      Change withdrawn = Change.ofObjective(Attribute.WITHDRAWN, null, ObjectiveState.WITHDRAWN.label());
      plans.record("WITHDRAWAL", act.text(), act.effective(), transaction.sender(), EngineClock.now(),
          Map.of(code, List.of(withdrawn)));
      processes.withdraw(code, act.text());
      return withdrawn;
    });
  }
}
