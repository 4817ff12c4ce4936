package it.pegworkflow.sheet;

import static it.pegworkflow.sheet.Sheets.errorsOf;
import static it.pegworkflow.sheet.Sheets.minimal;
import static it.pegworkflow.sheet.Sheets.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A sheet beyond the documented limits is refused with an Italian message naming the limit. */
class SheetLimitsTest {

  private static final String PHASE = String.join("\n",
      "FASE\tFase numero %d\t\t\t\t",
      "\tInizio Previsto\tFine Prevista\tPeso\tResponsabile\tCentro di Responsabilità",
      "\t01/01/2017\t31/12/2017\t\tVERNA MARCO - P.O. INCLUSIONE SOCIALE\tSERVIZIO SOCIALE AMMINISTRATIV",
      "Note\t\t\t\t\t");

  @Test
  void hundredPhasesAreReadAndOneMoreIsRefused() {
    assertThat(parse(withPhases(100)).get(0).phases()).hasSize(100);

    errorsOf(withPhases(101)).singleElement().satisfies(error ->
        assertThat(error.message()).endsWith("più di 100 fasi nello stesso obiettivo: il limite è 100 fasi per obiettivo"));
  }

  @Test
  void hundredIndicatorsAreReadAndOneMoreIsRefused() {
    assertThat(parse(withIndicators(100)).get(0).indicators()).hasSize(100);

    errorsOf(withIndicators(1_000)).singleElement().satisfies(error -> assertThat(error.message())
        .endsWith("più di 100 indicatori nello stesso obiettivo: il limite è 100 indicatori per obiettivo"));
  }

  @Test
  void twoThousandObjectivesAreReadAndOneMoreIsRefused() {
    assertThat(parse(objectives(2_000))).hasSize(2_000);

    errorsOf(objectives(2_001)).singleElement().satisfies(error -> assertThat(error.message())
        .endsWith("il file contiene più di 2000 obiettivi: il limite è 2000 per file, dividerlo in più file"));
  }

  private static String withPhases(int count) {
    String phases = IntStream.rangeClosed(1, count).mapToObj(n -> PHASE.formatted(n)).collect(Collectors.joining("\n"));
    String sheet = minimal("2017_ZN02");
    return sheet.substring(0, sheet.indexOf("FASE\t")) + phases + "\n\nINDICATORI\n\nDescrizione\tTipo\tValore Atteso\n"
        + "Progetti presentati\tRISULTATO\talmeno 3\n";
  }

  private static String withIndicators(int count) {
    return minimal("2017_ZN02") + IntStream.rangeClosed(2, count)
        .mapToObj(n -> "Indicatore " + n + "\tRISULTATO\talmeno " + n).collect(Collectors.joining("\n")) + "\n";
  }

  private static String objectives(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(n -> minimal("2017_L" + n)).collect(Collectors.joining("\n"));
  }
}
