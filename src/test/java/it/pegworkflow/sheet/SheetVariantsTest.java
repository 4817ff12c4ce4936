package it.pegworkflow.sheet;

import static it.pegworkflow.sheet.Sheets.minimal;
import static it.pegworkflow.sheet.Sheets.parse;
import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.objective.Objective;
import it.pegworkflow.objective.Phase;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ways real sheets differ from the clean one, each read to the same objectives. */
class SheetVariantsTest {

  private static final Objective REAL = SheetParser.parse(Sheets.bytes(Sheets.REAL)).get(0);

  @Test
  void utf8WithByteOrderMarkReadsLikeWithout() {
    byte[] sheet = Sheets.bytes(Sheets.REAL);
    byte[] withBom = new byte[sheet.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(sheet, 0, withBom, 3, sheet.length);

    assertThat(SheetParser.parse(withBom)).containsExactly(REAL);
  }

  @Test
  void notepadsUnicodeIsUtf16WithItsByteOrderMark() {
    String text = Sheets.text(Sheets.REAL);

    assertThat(SheetParser.parse(("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_16LE))).containsExactly(REAL);
    assertThat(SheetParser.parse(("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_16BE))).containsExactly(REAL);
  }

  @Test
  void windows1252BytesKeepTheirAccentedLetters() {
    byte[] windows = Sheets.text(Sheets.REAL).getBytes(Charset.forName("windows-1252"));

    Objective objective = SheetParser.parse(windows).get(0);

    assertThat(objective).isEqualTo(REAL);
    assertThat(objective.description()).contains("marginalità sociale", "la diversità è una risorsa");
  }

  @Test
  void crlfAndCrLineEndsReadLikeLf() {
    String text = Sheets.text(Sheets.REAL);

    assertThat(parse(text.replace("\n", "\r\n"))).containsExactly(REAL);
    assertThat(parse(text.replace("\n", "\r"))).containsExactly(REAL);
  }

  @Test
  void aNewCodeStartsANewObjective() {
    List<Objective> objectives = parse(minimal("2018_AB01") + "\n" + minimal("2018_AB02"));

    assertThat(objectives).extracting(Objective::code).containsExactly("2018_AB01", "2018_AB02");
    assertThat(objectives).extracting(Objective::title)
        .containsExactly("Titolo dell'obiettivo 2018_AB01", "Titolo dell'obiettivo 2018_AB02");
    assertThat(objectives.get(1).phases()).hasSize(2);
  }

  @Test
  void codeAndTitleRepeatedAtPageBreaksAreSkipped() {
    String sheet = minimal("2018_AB01")
        .replace("FASE\tSeconda fase", "2018_AB01\n\nTitolo dell'obiettivo 2018_AB01\n\nFASE\tSeconda fase")
        .replace("Primo paragrafo.", "Primo paragrafo.\n2018_AB01**Titolo dell'obiettivo 2018_AB01**\nsegue.");

    Objective objective = parse(sheet).get(0);

    assertThat(objective.description()).isEqualTo("Primo paragrafo. segue.");
    assertThat(objective.phases()).extracting(Phase::name).containsExactly("Prima fase", "Seconda fase");
  }

  @Test
  void aBareCodeFollowedByTheTitleOpensTheSheet() {
    String sheet = minimal("2018_AB01").replace("2018_AB01**Titolo dell'obiettivo 2018_AB01**",
        "2018_AB01\nTitolo dell'obiettivo 2018_AB01");

    assertThat(parse(sheet).get(0).title()).isEqualTo("Titolo dell'obiettivo 2018_AB01");
  }

  @Test
  void phaseNamesAndNotesMayRunOntoFollowingLines() {
    String sheet = minimal("2018_AB01")
        .replace("FASE\tPrima fase\t\t\t\t", "FASE\tPrima fase che continua\t\t\t\t\nsulla riga dopo\ne su un'altra")
        .replace("Note\t\t\t\t\t\nFASE\tSeconda", "Note\tUna nota lunga\t\t\t\t\nche prosegue\nFASE\tSeconda");

    Phase first = parse(sheet).get(0).phases().get(0);

    assertThat(first.name()).isEqualTo("Prima fase che continua sulla riga dopo e su un'altra");
    assertThat(first.note()).isEqualTo("Una nota lunga che prosegue");
  }

  @Test
  void anEmptyNoteIsEmpty() {
    assertThat(parse(minimal("2018_AB01")).get(0).phases()).extracting(Phase::note).containsOnly("");
  }

  @Test
  void phasesWithoutAnyWeightWeighEqually() {
    String sheet = minimal("2018_AB01").replace("\t40,00\t", "\t\t").replace("\t60,00\t", "\t\t");

    Objective objective = parse(sheet).get(0);

    assertThat(objective.phases()).allSatisfy(p -> assertThat(p.weight()).isEmpty());
    assertThat(objective.weightOf(objective.phases().get(0))).isEqualByComparingTo("50");
  }

  @Test
  void italianWeightsWithThousandsAndDecimals() {
    String sheet = minimal("2018_AB01").replace("\t40,00\t", "\t39,50\t").replace("\t60,00\t", "\t60,5\t");

    assertThat(parse(sheet).get(0).phases()).extracting(p -> p.weight().orElseThrow())
        .containsExactly(new BigDecimal("39.50"), new BigDecimal("60.5"));
  }

  @Test
  void aCentreCutInThePrintIsResolvedToTheServizioOrTheDirezione() {
    String sheet = minimal("2018_AB01").replace("P.O. STRANIERI\tSERVIZIO SOCIALE AMMINISTRATIV",
        "P.O. STRANIERI\tservizi soc");

    assertThat(parse(sheet).get(0).phases()).extracting(Phase::centre)
        .containsExactly("SERVIZIO SOCIALE AMMINISTRATIVO", "SERVIZI SOCIALI");
  }

  @Test
  void anEmptyCentreIsTheServizio() {
    String sheet = minimal("2018_AB01").replace("P.O. STRANIERI\tSERVIZIO SOCIALE AMMINISTRATIV", "P.O. STRANIERI\t");

    assertThat(parse(sheet).get(0).phases().get(1).centre()).isEqualTo("SERVIZIO SOCIALE AMMINISTRATIVO");
  }

  @Test
  void aCentreThatIsNotAPrefixIsKeptAsPrinted() {
    String sheet = minimal("2018_AB01").replace("P.O. STRANIERI\tSERVIZIO SOCIALE AMMINISTRATIV",
        "P.O. STRANIERI\tUFFICIO IMMIGRAZIONE");

    assertThat(parse(sheet).get(0).phases().get(1).centre()).isEqualTo("UFFICIO IMMIGRAZIONE");
  }

  @Test
  void aResponsibleWithoutRoleIsJustANameAndAnObjectiveWithoutIndicatorsIsFine() {
    String sheet = minimal("2018_AB01").replace("VERNA MARCO - P.O. INCLUSIONE SOCIALE", "VERNA MARCO")
        .replace("Progetti presentati\tRISULTATO\talmeno 3\n", "");

    Objective objective = parse(sheet).get(0);

    assertThat(objective.phases().get(0).responsible().printed()).isEqualTo("VERNA MARCO");
    assertThat(objective.indicators()).isEmpty();
  }
}
