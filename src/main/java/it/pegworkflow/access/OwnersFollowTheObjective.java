package it.pegworkflow.access;

import it.pegworkflow.process.ObjectiveOwnersChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A variation gave the objective another Dirigente: the grants on its instance (AccessRules) go from
 * the former to the new one, in the variation's transaction.
 */
@Component
class OwnersFollowTheObjective {

  private final AccessRules rules;

  OwnersFollowTheObjective(AccessRules rules) {
    this.rules = rules;
  }

  @EventListener
  void ownersChanged(ObjectiveOwnersChanged changed) {
    if (changed.formerManagerId() != null && !changed.formerManagerId().equals(changed.managerId())) {
      rules.unshareInstance(changed.processInstanceId(), changed.formerManagerId());
    }
    rules.shareInstance(changed.processInstanceId(), changed.managerId());
  }
}
