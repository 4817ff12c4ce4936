package it.pegworkflow.campaign;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which phases a campaign asks about (docs/campaigns.md): those started by the reference date (planned
 * start on or before it) and not concluded (still planned or running in peg_phase). A phase completed,
 * closed unfinished or removed by a variation is never asked; nor is one that starts after the date.
 */
public final class AskedPhase {

  private static final Set<String> OPEN = Set.of("PLANNED", "RUNNING");

  private AskedPhase() {}

  public static boolean asked(String phaseState, LocalDate plannedStart, LocalDate referenceDate) {
    return OPEN.contains(phaseState) && !plannedStart.isAfter(referenceDate);
  }
}
