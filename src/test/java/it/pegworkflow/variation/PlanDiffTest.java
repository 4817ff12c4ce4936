package it.pegworkflow.variation;

import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.objective.Objective;
import it.pegworkflow.objective.ObjectiveState;
import it.pegworkflow.objective.Phase;
import it.pegworkflow.objective.PhaseState;
import it.pegworkflow.sheet.SheetParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The diff between the version in force and a reprinted sheet, on the real Firenze sheet. */
class PlanDiffTest {

  private static final String REAL = read();
  private static final String PHASE_2 = "Stipula protocolli d'intesa con soggetti terzi per l'individuazione di strutture "
      + "destinati ai MSNA";
  private static final String PHASE_2_VALUES = "01/03/2017\t30/11/2017\t20,00\tBONANNI GIUSEPPINA";

  @Test
  void theSameSheetAgainChangesNothing() {
    assertThat(PlanDiff.between(planOf(REAL), objective(REAL)).changesNothing()).isTrue();
  }

  @Test
  void aReprintWithOtherSpacingAndCaseInNamesChangesNothingButTheNamesWrittenDifferently() {
    String spaced = REAL.replace("FASE\tRicerca finanziamenti", "FASE\t  Ricerca   finanziamenti");
    assertThat(PlanDiff.between(planOf(REAL), objective(spaced)).changes()).isEmpty();
  }

  @Test
  void movedDatesAreOneChangeEachWithIsoDates() {
    String moved = REAL.replace(PHASE_2_VALUES, "01/04/2017\t31/12/2017\t20,00\tBONANNI GIUSEPPINA");

    assertThat(PlanDiff.between(planOf(REAL), objective(moved)).changes()).containsExactly(
        Change.ofPhase(2, Attribute.PLANNED_START, "2017-03-01", "2017-04-01"),
        Change.ofPhase(2, Attribute.PLANNED_END, "2017-11-30", "2017-12-31"));
  }

  @Test
  void aPhaseRenamedInItsPlaceWithEverythingElseEqualIsANameChangeNotARemovalAndAnAddition() {
    String renamed = REAL.replace("FASE\t" + PHASE_2, "FASE\tProtocolli d'intesa per le strutture dei MSNA");

    var diff = PlanDiff.between(planOf(REAL), objective(renamed));

    assertThat(diff.changes()).containsExactly(
        Change.ofPhase(2, Attribute.PHASE_NAME, PHASE_2, "Protocolli d'intesa per le strutture dei MSNA"));
    assertThat(diff.phaseNumbers()).containsExactly(1, 2, 3, 4);
  }

  @Test
  void phasesAreMatchedByNameFirstSoADroppedPhaseShiftsNoOther() {
    String withoutPhase2 = REAL.replace(phaseBlock(PHASE_2, PHASE_2_VALUES), "")
        .replace("\t30,00\tVERNA MARCO", "\t50,00\tVERNA MARCO");

    var diff = PlanDiff.between(planOf(REAL), objective(withoutPhase2));

    assertThat(diff.phaseNumbers()).containsExactly(1, 3, 4);
    assertThat(diff.changes()).containsExactly(
        Change.ofPhase(1, Attribute.WEIGHT, "30", "50"),
        Change.ofPhase(2, Attribute.PHASE_REMOVED, PHASE_2, null));
  }

  @Test
  void anAddedPhaseTakesTheNumberAfterEveryPhaseEvenARemovedOne() {
    String added = REAL.replace("\t30,00\tDEL MORO SANDRA", "\t20,00\tDEL MORO SANDRA")
        .replace("\nINDICATORI", phaseBlock("Monitoraggio dei flussi dei MSNA",
            "01/09/2017\t31/12/2017\t10,00\tROSSI ANNA - P.O. MINORI") + "\nINDICATORI");
    List<Plan.PlanPhase> phases = new ArrayList<>(planOf(REAL).phases());
    Plan.PlanPhase fifth = phases.get(1);
    phases.add(new Plan.PlanPhase(5, "Una fase soppressa prima", fifth.plannedStart(), fifth.plannedEnd(), null,
        fifth.responsible(), fifth.centre(), "", PhaseState.REMOVED));
    Plan current = planOf(REAL);
    current = new Plan(current.code(), current.year(), current.state(), current.attributes(), phases, current.indicators());

    var diff = PlanDiff.between(current, objective(added));

    assertThat(diff.phaseNumbers()).containsExactly(1, 2, 3, 4, 6);
    assertThat(diff.changes()).containsExactly(
        Change.ofPhase(4, Attribute.WEIGHT, "30", "20"),
        Change.ofPhase(6, Attribute.PHASE_ADDED, null, "Monitoraggio dei flussi dei MSNA"));
  }

  @Test
  void aNewResponsibleIsShownAsPrintedWithTheRole() {
    String other = REAL.replace("VERNA MARCO - P.O. INCLUSIONE SOCIALE", "ROSSI ANNA - P.O. INCLUSIONE SOCIALE");

    assertThat(PlanDiff.between(planOf(REAL), objective(other)).changes()).containsExactly(
        Change.ofPhase(1, Attribute.RESPONSIBLE, "VERNA MARCO - P.O. INCLUSIONE SOCIALE",
            "ROSSI ANNA - P.O. INCLUSIONE SOCIALE"));
  }

  @Test
  void weightsAreComparedAsTheScoreCountsThemEqualSharesWhenNoneIsPrinted() {
    String unweighted = REAL.replaceAll("\t(30|20),00\t", "\t\t");
    String unweightedWithoutPhase2 = unweighted.replace(phaseBlock(PHASE_2, "01/03/2017\t30/11/2017\t\tBONANNI GIUSEPPINA"), "");

    var diff = PlanDiff.between(planOf(unweighted), objective(unweightedWithoutPhase2));

    assertThat(diff.changes()).containsExactly(
        Change.ofPhase(1, Attribute.WEIGHT, "25", "33.33"),
        Change.ofPhase(2, Attribute.PHASE_REMOVED, PHASE_2, null),
        Change.ofPhase(3, Attribute.WEIGHT, "25", "33.33"),
        Change.ofPhase(4, Attribute.WEIGHT, "25", "33.33"));
  }

  @Test
  void objectiveAttributesComeFirstThenPhasesThenIndicatorsEachByNumber() {
    String varied = REAL.replace("2/4", "3/4")
        .replace("FOTI FILIPPO", "ROSSI ANNA")
        .replace("\t30,00\tDEL MORO SANDRA", "\t25,00\tDEL MORO SANDRA")
        .replace("\t30,00\tVERNA MARCO", "\t35,00\tVERNA MARCO")
        .replace("Soggetti inseriti nei progetti SPRAR\tRISULTATO\tmaggiore di 100", "Nuovi soggetti accolti\tRISULTATO\t50");

    assertThat(PlanDiff.between(planOf(REAL), objective(varied)).changes()).containsExactly(
        Change.ofObjective(Attribute.MANAGER, "FOTI FILIPPO", "ROSSI ANNA"),
        Change.ofPhase(1, Attribute.WEIGHT, "30", "35"),
        Change.ofPhase(4, Attribute.WEIGHT, "30", "25"),
        Change.ofIndicator(2, Attribute.TARGET, "2/4", "3/4"),
        Change.ofIndicator(3, Attribute.INDICATOR_DESCRIPTION, "Soggetti inseriti nei progetti SPRAR",
            "Nuovi soggetti accolti"),
        Change.ofIndicator(3, Attribute.TARGET, "maggiore di 100", "50"));
  }

  @Test
  void indicatorsAreMatchedByDescriptionThenByNumberAndTheUnmatchedAreAddedOrRemoved() {
    String varied = REAL.replace("Ricerca finanziamenti: Progetti di finanziamento ammessi/ progetti presentati\tRISULTATO\t2/4\n", "")
        .replace("maggiore di 100", "maggiore di 100\nVisite di monitoraggio nelle strutture\tPERFORMANCE\t12");

    var diff = PlanDiff.between(planOf(REAL), objective(varied));

    assertThat(diff.indicatorNumbers()).containsExactly(1, 3, 4);
    assertThat(diff.changes()).containsExactly(
        Change.ofIndicator(2, Attribute.INDICATOR_REMOVED,
            "Ricerca finanziamenti: Progetti di finanziamento ammessi/ progetti presentati", null),
        Change.ofIndicator(4, Attribute.INDICATOR_ADDED, null, "Visite di monitoraggio nelle strutture"));
  }

  private static String phaseBlock(String name, String values) {
    return "FASE\t" + name + "\t\t\t\t\n\tInizio Previsto\tFine Prevista\tPeso\tResponsabile\tCentro di Responsabilità\n\t"
        + values + (values.contains(" - ") ? "" : " - P.O. STRANIERI E IMMIGRAZIONE")
        + "\tSERVIZIO SOCIALE AMMINISTRATIV\nNote\t\t\t\t\t\n";
  }

  private static Objective objective(String sheet) {
    return SheetParser.parse(sheet.getBytes(StandardCharsets.UTF_8)).get(0);
  }

  /** The version in force right after importing {@code sheet}: what the tables hold then. */
  private static Plan planOf(String sheet) {
    Objective objective = objective(sheet);
    return new Plan(objective.code(), objective.year(), ObjectiveState.RUNNING, PlanDiff.attributesOf(objective),
        objective.phases().stream().map(PlanDiffTest::stored).toList(),
        objective.indicators().stream().map(i -> new Plan.PlanIndicator(i.number(), i.description(), i.type(),
            i.expectedValue(), false, false)).toList());
  }

  private static Plan.PlanPhase stored(Phase phase) {
    return new Plan.PlanPhase(phase.number(), phase.name(), phase.plannedStart(), phase.plannedEnd(),
        phase.weight().orElse(null), phase.responsible().printed(), phase.centre(), phase.note(), PhaseState.RUNNING);
  }

  private static String read() {
    try {
      return new ClassPathResource("sheets/2017_ZN02.txt").getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
