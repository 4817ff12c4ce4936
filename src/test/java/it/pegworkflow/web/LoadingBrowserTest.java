package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The controllo di gestione loads the PEG in Cockpit, without curl: «Caricamento del PEG» in the
 * navbar, four sheets picked at once (the one with an impossible date is refused with its line and
 * imports nothing, one over the size limit is refused, the two others go in, each objective linked
 * to its page), then a variation refused, one previewed (the diff in Italian, nothing recorded) and
 * sent. Screenshots in target/screenshots.
 */
class LoadingBrowserTest extends PlanChangeTest {

  private static final Path SHEETS = Path.of("target", "loading-sheets");

  @Test
  void theControlloImportsTwoSheetsAndSeesWhyTheOtherTwoWentNowhere() throws IOException {
    Browser.requireChromium();
    String first = code();
    String second = code();
    String broken = code();
    String brokenSheet = sheet(broken).replace(PHASE_2_DATES, "31/09/" + YEAR + "\t30/11/" + YEAR);
    int brokenLine = lineOf(brokenSheet, "31/09/" + YEAR);
    Path a = file("settore-sociale-" + first + ".txt", sheet(first));
    Path b = file("errore-" + broken + ".txt", brokenSheet);
    // Saved by an older office PC in Windows-1252: the page sends the bytes as they are, the server reads them.
    Path c = file("minori-" + second + ".txt", sheet(second), java.nio.charset.Charset.forName("windows-1252"));
    // Over the 5 MB of peg.max-sheet-size, and named like markup: shown as written, never run.
    Path huge = file("enorme-<img src=x onerror=alert(1)>.txt", sheet(code()) + "\n".repeat(5 * 1024 * 1024));

    try (Browser browser = Browser.open()) {
      browser.logIn(cockpit(), CONTROLLO, PASSWORD);
      browser.click(By.cssSelector("a.peg-loading-link"));
      browser.waitFor(By.cssSelector(".peg-loading .peg-import .peg-picker"));
      assertThat(browser.pageText()).contains("Caricamento del PEG", "Importazione dei fogli", "Variazione del piano");
      browser.pick(By.cssSelector(".peg-import input[name=sheets]"), a, b, huge, c);
      assertThat(browser.waitFor(By.cssSelector(".peg-import .peg-chosen")).getText())
          .isEqualTo("4 file scelti: " + a.getFileName() + ", " + b.getFileName() + ", " + huge.getFileName() + ", "
              + c.getFileName());
      assertThat(browser.pageText()).as("the browser's own button is hidden under ours").contains("Scegli i file…")
          .doesNotContain("Choose", "No file");
      browser.click(By.xpath("//button[normalize-space()='Importa']"));
      browser.waitFor(By.cssSelector(".peg-import .peg-outcome"));

      assertThat(browser.waitFor(By.cssSelector(".peg-outcome")).getText()).isEqualTo(
          "Importati: " + a.getFileName() + ", " + c.getFileName() + ". Non importati: " + b.getFileName() + ", "
              + huge.getFileName() + ".");
      assertThat(browser.waitFor(By.cssSelector(".peg-file[data-file='" + huge.getFileName() + "']")).getText())
          .as("the name is shown as written, never read as HTML")
          .isEqualTo(huge.getFileName() + ": non importato, nessun obiettivo del file è stato caricato\n"
              + "Il file supera il limite di 5 MB: dividerlo in più file");
      for (String code : List.of(first, second)) {
        WebElement row = browser.waitFor(By.cssSelector(".peg-file.peg-ok tr[data-code='" + code + "']"));
        assertThat(row.getText()).isEqualTo(code + " Promuovere l'integrazione, l'inclusione sociale e sostenere l'accoglienza 4 3");
      }
      WebElement refused = browser.waitFor(By.cssSelector(".peg-file.peg-refused"));
      assertThat(refused.findElement(By.tagName("h4")).getText())
          .isEqualTo(b.getFileName() + ": non importato, nessun obiettivo del file è stato caricato");
      assertThat(refused.getText()).contains("Il foglio PEG contiene errori: nessun obiettivo è stato importato");
      WebElement error = refused.findElement(By.cssSelector(".peg-errors li"));
      assertThat(error.getAttribute("data-line")).isEqualTo(String.valueOf(brokenLine));
      assertThat(error.getText()).startsWith("Riga " + brokenLine).contains("31/09/" + YEAR);
      browser.snapshot("cockpit-loading-import");

      // What the page said went in went in, and nothing of the broken file.
      assertThat(processInstances(first)).isEqualTo(1);
      assertThat(processInstances(second)).isEqualTo(1);
      assertThat(processInstances(broken)).isZero();
      assertThat(as(CONTROLLO).get("/api/objectives/" + broken).status()).isEqualTo(404);
      assertThat(as(CONTROLLO).get("/api/objectives/" + second).body().at("/phases/2/name").asText())
          .as("read from Windows-1252").endsWith("il rispetto della legalità.");

      browser.click(By.linkText(first));
      browser.waitFor(By.cssSelector(".peg-gantt svg"));
      assertThat(browser.url()).contains("/process-instance/").contains("tab=peg-gantt-tab");
    }
  }

  @Test
  void theControlloPreviewsAVariationThenSendsIt() throws IOException {
    Browser.requireChromium();
    String code = code();
    complete(running(code), PHASE_1, YEAR + "-07-15");
    String act = "Delibera G.C. n. 301 del 18/07/" + YEAR + " (" + code + ")";
    Path typo = file("ristampa-errata-" + code + ".txt", sheet(code).replace(PHASE_2_DATES, "15/09/" + YEAR + "\t31/13/" + YEAR));
    Path completedPhase = file("ristampa-fase-1-" + code + ".txt", sheet(code).replace(
        "01/01/" + YEAR + "\t31/12/" + YEAR + "\t30,00\tVERNA", "01/01/" + YEAR + "\t30/09/" + YEAR + "\t30,00\tVERNA"));
    Path reprinted = file("ristampa-" + code + ".txt", sheet(code).replace(PHASE_2_DATES, "15/09/" + YEAR + "\t31/12/" + YEAR)
        .replace("\t30,00\tDEL MORO SANDRA", "\t20,00\tDEL MORO SANDRA")
        .replace("\nINDICATORI", "FASE\tMonitoraggio dei flussi dei MSNA\t\t\t\t\n"
            + "\tInizio Previsto\tFine Prevista\tPeso\tResponsabile\tCentro di Responsabilità\n"
            + "\t01/09/" + YEAR + "\t31/12/" + YEAR + "\t10,00\tGIALLINI OTTAVIA - P.O. MINORI\tUFFICIO MINORI STRANIERI\n"
            + "Note\tNuova fase della delibera\t\t\t\t\n\nINDICATORI"));

    try (Browser browser = Browser.open()) {
      browser.logIn(cockpit() + "#/peg-caricamento", CONTROLLO, PASSWORD);
      browser.click(By.linkText("Variazione del piano"));
      browser.type(By.cssSelector(".peg-variation input[name=act]"), act);
      browser.type(By.cssSelector(".peg-variation input[name=effective]"), "18/07/" + YEAR);

      browser.pick(By.cssSelector(".peg-variation input[name=sheet]"), typo);
      browser.click(By.xpath("//button[normalize-space()='Anteprima']"));
      WebElement refused = browser.waitFor(By.cssSelector(".peg-variation .peg-refused"));
      assertThat(refused.getText()).contains(typo.getFileName() + ": anteprima non possibile",
          "Il foglio PEG contiene errori: nessuna variazione è stata registrata", "31/13/" + YEAR);
      assertThat(refused.findElement(By.cssSelector(".peg-errors li")).getText()).startsWith("Riga ");
      assertThat(browser.waitFor(By.cssSelector(".peg-variation button[name=send]")).isEnabled()).isFalse();

      browser.pick(By.cssSelector(".peg-variation input[name=sheet]"), completedPhase);
      browser.click(By.xpath("//button[normalize-space()='Anteprima']"));
      browser.waitForText(By.cssSelector(".peg-variation .peg-refused h4"), completedPhase.getFileName() + ": anteprima non possibile");
      assertThat(browser.waitFor(By.cssSelector(".peg-variation .peg-refusal")).getText())
          .contains("fase 1 «" + PHASE_1 + "» è completata");
      assertThat(browser.waitFor(By.cssSelector(".peg-variation button[name=send]")).isEnabled()).isFalse();
      browser.snapshot("cockpit-loading-variation-refused");

      browser.pick(By.cssSelector(".peg-variation input[name=sheet]"), reprinted);
      browser.click(By.xpath("//button[normalize-space()='Anteprima']"));
      browser.waitFor(By.cssSelector(".peg-variation .peg-preview"));
      assertThat(changes(browser)).containsExactly(
          "Fase 2 | Inizio previsto | 01/09/" + YEAR + " | 15/09/" + YEAR,
          "Fase 2 | Fine prevista | 30/11/" + YEAR + " | 31/12/" + YEAR,
          "Fase 4 | Peso (%) | 30 | 20",
          "Fase 5 | Fase aggiunta | — | Monitoraggio dei flussi dei MSNA");
      assertThat(browser.pageText()).contains("Anteprima di " + reprinted.getFileName() + ": nulla è ancora registrato",
          "Obiettivo " + code + ": 4 modifiche");
      assertThat(recorded(code)).as("a preview records nothing").isEmpty();
      browser.snapshot("cockpit-loading-variation-preview");

      // Touching a field after the preview asks for a new one: «Invia» sends only what was seen.
      By send = By.cssSelector(".peg-variation button[name=send]");
      assertThat(browser.waitFor(send).isEnabled()).isTrue();
      browser.type(By.cssSelector(".peg-variation input[name=act]"), act);
      assertThat(browser.waitFor(send).isEnabled()).isFalse();
      browser.click(By.xpath("//button[normalize-space()='Anteprima']"));
      browser.waitUntil("the new preview", () -> browser.waitFor(send).isEnabled());

      browser.click(send);
      browser.waitFor(By.cssSelector(".peg-variation .peg-sent"));
      assertThat(browser.waitFor(By.cssSelector(".peg-sent h4")).getText())
          .isEqualTo("Variazione registrata con l'atto «" + act + "»: 1 obiettivo variato");
      assertThat(changes(browser)).hasSize(4);
      browser.snapshot("cockpit-loading-variation-sent");
    }

    assertThat(recorded(code)).hasSize(4).allSatisfy(line -> assertThat(line)
        .startsWith("VARIATION «" + act + "» " + DAY + " controllotest: "));
    assertThat(phaseStates(code)).containsExactly("COMPLETED", "PLANNED", "RUNNING", "RUNNING", "PLANNED");
  }

  @Test
  void aDirigenteFindsNeitherTheLinkNorThePage() {
    Browser.requireChromium();
    running(code());
    user("fotifilippo");

    try (Browser browser = Browser.open()) {
      browser.logIn(cockpit(), "fotifilippo", PASSWORD);
      browser.waitFor(By.cssSelector(".peg-dashboard"));
      assertThat(browser.all(By.cssSelector("a.peg-loading-link"))).isEmpty();
      browser.go(cockpit() + "#/peg-caricamento");
      browser.waitForText(By.cssSelector(".peg-loading .peg-refusal"),
          "Solo il controllo di gestione può importare i fogli PEG e inviare le variazioni.");
      assertThat(browser.all(By.cssSelector(".peg-loading input[type=file]"))).isEmpty();
    }
  }

  private String cockpit() {
    return "http://localhost:" + port + "/camunda/app/cockpit/";
  }

  private static List<String> changes(Browser browser) {
    return browser.all(By.cssSelector(".peg-diff tbody tr")).stream()
        .map(row -> String.join(" | ", row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()))
        .toList();
  }

  /** The sheet as the file a person keeps on the desk, in UTF-8. */
  private static Path file(String name, String sheet) throws IOException {
    return file(name, sheet, StandardCharsets.UTF_8);
  }

  private static Path file(String name, String sheet, java.nio.charset.Charset charset) throws IOException {
    Files.createDirectories(SHEETS);
    return Files.write(SHEETS.resolve(name), sheet.getBytes(charset));
  }

  private static int lineOf(String sheet, String text) {
    return (int) sheet.substring(0, sheet.indexOf(text)).chars().filter(ch -> ch == '\n').count() + 1;
  }
}
