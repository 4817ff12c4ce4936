package it.pegworkflow.web;

import it.pegworkflow.platform.CurrentUser;
import it.pegworkflow.process.ProcessConstants;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;

/** Loading a PEG is the controllo di gestione's job (and the administrators'). */
@Component
class ImportPermission {

  private final IdentityService identity;

  ImportPermission(IdentityService identity) {
    this.identity = identity;
  }

  void check() {
    check(null);
  }

  /** The same rule for the plan's variations (docs/variations.md), refused with {@code refusal}. */
  void check(String refusal) {
    if (!granted()) {
      throw refusal == null ? new ImportNotAllowed() : new ImportNotAllowed(refusal);
    }
  }

  /** Whether the current user loads the PEG: the page «Caricamento del PEG» shows itself only then. */
  boolean granted() {
    var groups = CurrentUser.of(identity).map(CurrentUser::groups).orElse(java.util.List.of());
    return groups.contains(ProcessConstants.CONTROLLO_GROUP) || groups.contains(Groups.CAMUNDA_ADMIN);
  }
}
