package it.pegworkflow.access;

import it.pegworkflow.process.ObjectiveOwnersChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A variation gave the objective another Dirigente or Direttore: the grants on its instance
 * (AccessRules) go to the people who now lead it, in the variation's transaction.
 */
@Component
class OwnersFollowTheObjective {

  private final AccessRules rules;

  OwnersFollowTheObjective(AccessRules rules) {
    this.rules = rules;
  }

  @EventListener
  void ownersChanged(ObjectiveOwnersChanged changed) {
    rules.shareInstanceOnlyWith(changed.processInstanceId(), changed.owners());
  }
}
