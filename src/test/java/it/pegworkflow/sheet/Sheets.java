package it.pegworkflow.sheet;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.pegworkflow.objective.Objective;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ListAssert;

/** Test fixtures: the real sheets under src/test/resources/sheets, and small sheets written in tests. */
final class Sheets {

  static final String REAL = "2017_ZN02.txt";

  private Sheets() {}

  static byte[] bytes(String name) {
    try (InputStream in = Sheets.class.getResourceAsStream("/sheets/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource sheets/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static List<Objective> parse(String text) {
    return SheetParser.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The errors the parser reports for {@code text}, which must be rejected. */
  static ListAssert<SheetError> errorsOf(String text) {
    return errorsOf(text.getBytes(StandardCharsets.UTF_8));
  }

  static ListAssert<SheetError> errorsOf(byte[] content) {
    SheetException[] thrown = new SheetException[1];
    assertThatThrownBy(() -> SheetParser.parse(content))
        .isInstanceOfSatisfying(SheetException.class, e -> thrown[0] = e);
    return org.assertj.core.api.Assertions.assertThat(thrown[0].errors());
  }

  /** A small well-formed sheet; tests replace parts of it to build variants. */
  static String minimal(String code) {
    return String.join("\n",
        code + "**Titolo dell'obiettivo " + code + "**",
        "",
        "Direzione\tSERVIZI SOCIALI\tDirettore\tCAVALLERI VINCENZO\tClassificazione\tDIREZIONALE",
        "Servizio\tSERVIZIO SOCIALE AMMINISTRATIVO\tDirigente\tFOTI FILIPPO\tTipologia\tSVILUPPO",
        "",
        "**Descrizione",
        "dettagliata",
        "dell'obiettivo**",
        "",
        "Primo paragrafo.",
        "",
        "GANTT",
        "",
        "FASI\t\t\t\t\t",
        "FASE\tPrima fase\t\t\t\t",
        "\tInizio Previsto\tFine Prevista\tPeso\tResponsabile\tCentro di Responsabilità",
        "\t01/01/2017\t30/06/2017\t40,00\tVERNA MARCO - P.O. INCLUSIONE SOCIALE\tSERVIZIO SOCIALE AMMINISTRATIV",
        "Note\t\t\t\t\t",
        "FASE\tSeconda fase\t\t\t\t",
        "\tInizio Previsto\tFine Prevista\tPeso\tResponsabile\tCentro di Responsabilità",
        "\t01/07/2017\t31/12/2017\t60,00\tBONANNI GIUSEPPINA - P.O. STRANIERI\tSERVIZIO SOCIALE AMMINISTRATIV",
        "Note\t\t\t\t\t",
        "",
        "INDICATORI",
        "",
        "Descrizione\tTipo\tValore Atteso",
        "Progetti presentati\tRISULTATO\talmeno 3",
        "");
  }
}
