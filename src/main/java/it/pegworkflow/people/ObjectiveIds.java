package it.pegworkflow.people;

import java.util.List;
import java.util.Objects;

/**
 * The ids an objective's people and offices got at import, once: our tables, the provisioning, the
 * process start and the grants all read them here.
 *
 * @param directorId null when the sheet names no Direttore
 * @param phases the ids of each phase, in phase order
 */
public record ObjectiveIds(String managerId, String directorId, String unitGroupId, String departmentGroupId,
    List<PhaseIds> phases) {

  /** A phase's responsible and the group of its centre (the Servizio's when the sheet printed none). */
  public record PhaseIds(String responsibleId, String centreGroupId) {
    public PhaseIds {
      Objects.requireNonNull(responsibleId);
      Objects.requireNonNull(centreGroupId);
    }
  }

  public ObjectiveIds {
    Objects.requireNonNull(managerId);
    Objects.requireNonNull(unitGroupId);
    Objects.requireNonNull(departmentGroupId);
    phases = List.copyOf(phases);
  }

  /** Phase {@code number}, 1-based like the sheet's. */
  public PhaseIds phase(int number) {
    return phases.get(number - 1);
  }
}
