package it.pegworkflow.sheet;

import static it.pegworkflow.sheet.Sheets.errorsOf;
import static it.pegworkflow.sheet.Sheets.minimal;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Sheets that must be rejected, with every problem named in Italian at its line. */
class SheetErrorsTest {

  private static final String SHEET = minimal("2017_ZN02");

  @Test
  void anEmptyFile() {
    errorsOf(new byte[0]).containsExactly(new SheetError(0, "Il file è vuoto"));
    errorsOf(" \n\t\r\n").containsExactly(new SheetError(0, "Il file è vuoto"));
  }

  @Test
  void aBinaryFile() {
    errorsOf(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}).singleElement()
        .satisfies(e -> assertThat(e.message()).startsWith("Il file non è un testo: "));
    byte[] controls = "2017_ZN02\u0001\u0002\u0003\u0004\u0005\u0006".getBytes(StandardCharsets.UTF_8);
    errorsOf(controls).singleElement()
        .satisfies(e -> assertThat(e.message()).startsWith("Il file non è un testo: "));
  }

  @Test
  void noObjectiveCode() {
    errorsOf("Un testo qualsiasi\nsu due righe").containsExactly(new SheetError(0,
        "Nessun codice obiettivo trovato: il foglio deve iniziare con il codice, "
            + "per esempio 2017_ZN02**Titolo dell'obiettivo**"));
  }

  @Test
  void noFasiBlock() {
    String sheet = SHEET.substring(0, SHEET.indexOf("FASI"));

    errorsOf(sheet).containsExactly(new SheetError(1, "Riga 1, obiettivo 2017_ZN02: manca il blocco FASI"));
  }

  @Test
  void anImpossibleDate() {
    errorsOf(SHEET.replace("\t01/07/2017\t", "\t31/02/2017\t")).containsExactly(
        new SheetError(21, "Riga 21, fase 2 «Seconda fase»: data «31/02/2017» impossibile"));
  }

  @Test
  void aDateNotWrittenAsDayMonthYear() {
    errorsOf(SHEET.replace("\t30/06/2017\t", "\t2017-06-30\t")).containsExactly(new SheetError(17,
        "Riga 17, fase 1 «Prima fase»: data di fine prevista «2017-06-30» non valida (serve gg/mm/aaaa)"));
  }

  @Test
  void anEndBeforeTheStart() {
    errorsOf(SHEET.replace("\t30/06/2017\t", "\t30/06/2016\t")).containsExactly(new SheetError(17,
        "Riga 17, fase 1 «Prima fase»: la fine prevista 30/06/2016 è precedente all'inizio previsto 01/01/2017"));
  }

  @Test
  void aWeightThatIsNotANumber() {
    errorsOf(SHEET.replace("\t40,00\t", "\tquaranta\t")).containsExactly(
        new SheetError(17, "Riga 17, fase 1 «Prima fase»: il peso «quaranta» non è un numero"));
  }

  @Test
  void weightsThatDoNotAddUpTo100() {
    errorsOf(SHEET.replace("\t40,00\t", "\t30,00\t")).containsExactly(new SheetError(14,
        "Riga 14, obiettivo 2017_ZN02: I pesi delle fasi sommano a 90.00 invece di 100: "
            + "fase 1 «Prima fase» 30.00, fase 2 «Seconda fase» 60.00"));
  }

  @Test
  void weightsThatDoNotAddUpAreReportedBesideAPhasesWrongDate() {
    errorsOf(SHEET.replace("\t40,00\t", "\t30,00\t").replace("\t01/07/2017\t", "\t31/02/2017\t")).containsExactly(
        new SheetError(14, "Riga 14, obiettivo 2017_ZN02: I pesi delle fasi sommano a 90.00 invece di 100: "
            + "fase 1 «Prima fase» 30.00, fase 2 «Seconda fase» 60.00"),
        new SheetError(21, "Riga 21, fase 2 «Seconda fase»: data «31/02/2017» impossibile"));
  }

  @Test
  void aWeightOnSomePhasesOnly() {
    errorsOf(SHEET.replace("\t40,00\t", "\t\t")).singleElement()
        .isEqualTo(new SheetError(14, "Riga 14, obiettivo 2017_ZN02: Il peso manca in: fase 1 "
            + "(o tutte le fasi hanno un peso o nessuna)"));
  }

  @Test
  void aPhaseWithoutResponsible() {
    errorsOf(SHEET.replace("VERNA MARCO - P.O. INCLUSIONE SOCIALE", "")).containsExactly(
        new SheetError(17, "Riga 17, fase 1 «Prima fase»: manca il responsabile"));
  }

  @Test
  void aPhaseWithoutItsDataRow() {
    String sheet = SHEET.replace(
        "\t01/01/2017\t30/06/2017\t40,00\tVERNA MARCO - P.O. INCLUSIONE SOCIALE\tSERVIZIO SOCIALE AMMINISTRATIV\n", "");

    errorsOf(sheet).first().isEqualTo(new SheetError(15, "Riga 15, fase 1 «Prima fase»: mancano la riga "
        + "Inizio Previsto / Fine Prevista / Peso / Responsabile e quella con i valori"));
  }

  @Test
  void theSameCodeWithASecondHeaderBlock() {
    errorsOf(SHEET + "\n" + SHEET).containsExactly(new SheetError(29,
        "Riga 29: l'obiettivo 2017_ZN02 compare due volte nel file (la prima alla riga 1)"));
  }

  @Test
  void theSameCodeAfterAnotherObjective() {
    errorsOf(SHEET + "\n" + minimal("2017_ZN03") + "\n" + SHEET).containsExactly(new SheetError(57,
        "Riga 57: l'obiettivo 2017_ZN02 compare due volte nel file (la prima alla riga 1)"));
  }

  @Test
  void theSameCodeWithAnotherTitle() {
    String sheet = SHEET + "\n2017_ZN02**Un altro titolo**\n";

    errorsOf(sheet).containsExactly(new SheetError(29,
        "Riga 29: l'obiettivo 2017_ZN02 compare due volte nel file (la prima alla riga 1)"));
  }

  @Test
  void missingDirigenteAndServizio() {
    errorsOf(SHEET.replace("\tDirigente\tFOTI FILIPPO", "")).containsExactly(
        new SheetError(4, "Riga 4, obiettivo 2017_ZN02: manca il Dirigente"));
    String servizioRow = "Servizio\tSERVIZIO SOCIALE AMMINISTRATIVO\tDirigente\tFOTI FILIPPO\tTipologia\tSVILUPPO";
    errorsOf(SHEET.replace(servizioRow, ""))
        .containsExactly(new SheetError(1, "Riga 1, obiettivo 2017_ZN02: manca il Servizio"),
            new SheetError(1, "Riga 1, obiettivo 2017_ZN02: manca il Dirigente"));
  }

  @Test
  void everyProblemOfTheFileIsReportedAtOnce() {
    String sheet = SHEET.replace("\tDirigente\tFOTI FILIPPO", "")
        .replace("\t01/07/2017\t", "\t31/02/2017\t")
        .replace("\t40,00\t", "\tmolto\t")
        + "\n" + minimal("2017_ZN03").replace("VERNA MARCO - P.O. INCLUSIONE SOCIALE", "");

    errorsOf(sheet).extracting(SheetError::line).containsExactly(4, 17, 21, 45);
  }

  @Test
  void aDomainRuleBrokenInAnIndicatorBecomesAnErrorWithItsLine() {
    errorsOf(SHEET.replace("Progetti presentati\tRISULTATO", "\tRISULTATO")).containsExactly(
        new SheetError(27, "Riga 27, indicatore 1 «»: L'indicatore 1 non ha una descrizione"));
  }
}
