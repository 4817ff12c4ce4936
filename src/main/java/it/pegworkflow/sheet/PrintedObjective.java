package it.pegworkflow.sheet;

import it.pegworkflow.objective.Objective;
import it.pegworkflow.objective.Phase;
import java.util.List;

/**
 * An objective with the lines its people and offices were printed on, so that what is found wrong
 * with a name later (when it becomes an id) is reported at its line like every other sheet error.
 *
 * @param departmentLine the Direzione's line
 * @param directorLine the Direttore's line
 * @param unitLine the Servizio's line
 * @param managerLine the Dirigente's line
 * @param phaseLines the line of each phase's values (responsible and centre), in phase order
 */
public record PrintedObjective(Objective objective, int departmentLine, int directorLine, int unitLine,
    int managerLine, List<Integer> phaseLines) {

  public PrintedObjective {
    phaseLines = List.copyOf(phaseLines);
    if (phaseLines.size() != objective.phases().size()) {
      throw new IllegalArgumentException("One line per phase expected");
    }
  }

  public int lineOf(Phase phase) {
    return phaseLines.get(phase.number() - 1);
  }

  /** How sheet errors name the phase: {@code fase 2 «Stipula protocolli…»}. */
  public static String context(Phase phase) {
    return Names.phase(phase.number(), phase.name());
  }

  /** How sheet errors name the objective when no phase is concerned. */
  public String context() {
    return "obiettivo " + objective.code();
  }
}
