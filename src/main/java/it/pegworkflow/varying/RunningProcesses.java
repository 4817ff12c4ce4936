package it.pegworkflow.varying;

import it.pegworkflow.platform.ImportAsSystem;
import it.pegworkflow.process.PlanConflict;
import it.pegworkflow.process.PlanFollower;
import it.pegworkflow.variation.Change;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The one place where a change of the plan reaches the running processes, once our tables hold the
 * new version, in the same transaction: {@code process.PlanFollower} (docs/process.md, "When the plan
 * changes"). Its engine work is the application's, done for a caller already checked (the
 * controllo di gestione): without checking each step's authorizations, like the import's.
 */
@Component
class RunningProcesses {

  private final ImportAsSystem asSystem;
  private final PlanFollower follower;

  RunningProcesses(ImportAsSystem asSystem, PlanFollower follower) {
    this.asSystem = asSystem;
    this.follower = follower;
  }

  /** Each objective's process follows its changes (a {@code process.PlanConflict} thrown is a 409). */
  void follow(Map<String, List<Change>> changesByCode) {
    // A phase completed meanwhile is a 409, and PlanTransaction rolls everything back.
    try {
      asSystem.run(() -> {
        changesByCode.forEach(follower::follow);
        return null;
      });
    } catch (PlanConflict e) {
      throw VariationRefused.conflict(e.getMessage());
    }
  }

  /** The withdrawn objective's tasks end; the projection records it ritirato. */
  void withdraw(String code, String act) {
    try {
      asSystem.run(() -> {
        follower.withdraw(code, act);
        return null;
      });
    } catch (PlanConflict e) {
      throw VariationRefused.conflict(e.getMessage());
    }
  }
}
