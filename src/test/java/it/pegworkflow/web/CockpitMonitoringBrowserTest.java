package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A manager of the controllo di gestione opens Cockpit in an Italian browser: the dashboard section
 * "Obiettivi PEG" lists the year's objectives with their numbers, filters the late ones, opens a
 * running objective's tab "Fasi (Gantt)" and the read-only page of a finished one. Screenshots in
 * target/screenshots.
 */
class CockpitMonitoringBrowserTest extends MonitoringScenario {

  private static final int YEAR = 2042;
  private static final By ROWS = By.cssSelector(".peg-dashboard tbody tr[data-code]");

  @Test
  void aManagerFollowsTheYearInCockpitAndOpensTheGanttOfAnObjective() {
    Browser.requireChromium();
    PegYear peg = scenario(YEAR);
    String cockpit = "http://localhost:" + port + "/camunda/app/cockpit/";

    try (Browser browser = Browser.open()) {
      browser.logIn(cockpit, CONTROLLO, PASSWORD);
      browser.waitFor(By.cssSelector(".peg-dashboard select[name=year]"));
      new Select(browser.waitFor(By.cssSelector(".peg-dashboard select[name=year]"))).selectByValue(String.valueOf(YEAR));
      browser.waitFor(By.cssSelector(".peg-dashboard tr[data-code='" + peg.code("A") + "']"));
      assertThat(rowTexts(browser)).containsExactly(
          peg.code("A") + " | rendicontato | 4 | 4 | 1 | 0 | 82,50 % | 78,00 | parzialmente raggiunto",
          peg.code("B") + " | in corso | 4 | 1 | 1 | 0 | 30,00 % |  | ", // 80% and 40% so far of four phases
          peg.code("C") + " | in rendicontazione | 4 | 4 | 0 | 0 | 100,00 % |  | ",
          peg.code("D") + " | in corso | 4 | 0 | 0 | 4 | 0,00 % |  | ",
          peg.code("E") + " | in validazione | 4 | 4 | 0 | 0 | 100,00 % | 100,00 | raggiunto");
      assertThat(browser.pageText()).contains("Obiettivi PEG", "5 obiettivi del " + YEAR + ", 2 con fasi in ritardo",
          "ROSSI MARIO", "SERVIZIO SOCIALE AMMINISTRATIVO", "Relazione (Excel)");
      browser.scrollTo(By.cssSelector(".peg-dashboard"));
      browser.snapshot("cockpit-dashboard");

      browser.click(By.cssSelector(".peg-dashboard input[name=lateOnly]"));
      browser.waitForText(By.cssSelector(".peg-summary"), "2 obiettivi del " + YEAR);
      assertThat(browser.all(ROWS)).extracting(row -> row.getAttribute("data-code"))
          .containsExactly(peg.code("A"), peg.code("B"));
      browser.scrollTo(By.cssSelector(".peg-dashboard"));
      browser.snapshot("cockpit-dashboard-late");

      // The filters survive a reload (they are in the address), the downloads take them, one is «1 obiettivo».
      browser.reload();
      browser.waitForText(By.cssSelector(".peg-summary"), "2 obiettivi del " + YEAR);
      assertThat(browser.waitFor(By.cssSelector(".peg-dashboard input[name=lateOnly]")).isSelected()).isTrue();
      assertThat(browser.all(ROWS)).extracting(row -> row.getAttribute("data-code")).containsExactly(peg.code("A"), peg.code("B"));
      new Select(browser.waitFor(By.cssSelector(".peg-dashboard select[name=state]"))).selectByValue("RUNNING");
      browser.waitForText(By.cssSelector(".peg-summary"), "1 obiettivo del " + YEAR + ", 1 con fasi in ritardo");
      assertThat(browser.waitFor(By.partialLinkText("Relazione (Excel)")).getAttribute("href"))
          .endsWith("/api/reports/" + YEAR + ".xlsx?state=RUNNING&lateOnly=true");
      assertThat(browser.waitFor(By.linkText("CSV")).getAttribute("href")).endsWith("/api/reports/" + YEAR + ".csv?state=RUNNING&lateOnly=true");
      assertThat(browser.url()).contains("pegAnno=" + YEAR, "pegStato=RUNNING", "pegInRitardo=true");
      browser.scrollTo(By.cssSelector(".peg-dashboard"));
      browser.snapshot("cockpit-dashboard-one-objective");

      browser.click(By.linkText(peg.code("B")));
      browser.waitFor(By.cssSelector(".peg-gantt svg"));
      assertThat(browser.pageText()).contains("Fasi (Gantt)", "oggi 05/12/" + YEAR,
          "01/03/" + YEAR + " – 30/11/" + YEAR + " · avanzamento 40% al 15/06/" + YEAR + " · in ritardo", "01/01/" + YEAR + " – 31/12/" + YEAR + " · 80%");
      assertThat(browser.all(By.cssSelector(".peg-gantt svg rect.bar"))).hasSize(4);
      assertThat(browser.all(By.cssSelector(".peg-gantt svg rect.late"))).hasSize(1);
      assertThat(browser.pageText()).contains("Responsabile: VERNA MARCO", "Responsabile: BONANNI GIUSEPPINA");
      browser.scrollTo(By.cssSelector(".peg-gantt"));
      browser.snapshot("cockpit-gantt-tab");
      assertThat(browser.shows(By.cssSelector(".btn-suspend-action"))).as("the controllo di gestione may suspend").isTrue();
      browser.click(By.xpath("//a[normalize-space(text())='Variabili']"));
      browser.waitFor(By.cssSelector("table.cam-table > thead td.actions"));
      assertThat(browser.script("return getComputedStyle(document.querySelector('table.cam-table > thead td.actions'), '::after')"
          + ".content")).as("the variables' «Actions» column, in Italian").isEqualTo("\"Azioni\"");
      browser.snapshot("cockpit-variables-controllo");

      browser.go(cockpit + "#/peg-obiettivo/" + peg.code("A"));
      browser.waitFor(By.cssSelector(".peg-objective .peg-gantt svg"));
      assertThat(browser.pageText()).contains("Obiettivo " + peg.code("A") + ": fasi (Gantt)", "Processo concluso",
          "Stato: rendicontato · Punteggio: 78,00 · Fascia: parzialmente raggiunto", "04/12/" + YEAR);
      browser.snapshot("cockpit-finished-objective");
      // Everything the rendicontazione holds: phase reports and weights, indicators with target, value,
      // note and score, the partial scores, the Dirigente's justification and the Nucleo's note.
      assertThat(browser.all(By.cssSelector(".peg-report-phases tbody tr"))).hasSize(4);
      assertThat(browser.waitFor(By.cssSelector(".peg-report-phases tr[data-phase='2']")).getText())
          .contains("30/11/" + YEAR, "04/12/" + YEAR, "100%", "completata, in ritardo", "Fase 2 rendicontata");
      // Cockpit's page clips what lies below its fold: scrolled into view, as a person would.
      browser.script("document.querySelector('.peg-validation-note').scrollIntoView({block: 'end'});");
      assertThat(browser.waitFor(By.cssSelector(".peg-report-indicators tr[data-indicator='3']")).getText())
          .contains("Soggetti inseriti nei progetti SPRAR", "maggiore di 100", "80", "Rilevato", "80,00");
      assertThat(browser.waitFor(By.cssSelector(".peg-report .peg-scores")).getText())
          .isEqualTo("Punteggio 78,00 (fasi 81,00, indicatori 75,00) · Fascia: parzialmente raggiunto");
      assertThat(browser.waitFor(By.cssSelector(".peg-report .peg-deviation")).getText())
          .startsWith("Finanziamenti regionali arrivati in ritardo; vedi nota \"FEAD\" <allegata>");
      assertThat(browser.waitFor(By.cssSelector(".peg-report .peg-validation-note")).getText()).isEqualTo(VALIDATION_NOTE);
      browser.snapshot("cockpit-finished-objective-report");

      // The standalone SVG, opened with the Cockpit session as a link from an e-mail would be.
      browser.go("http://localhost:" + port + "/api/objectives/" + peg.code("B") + "/gantt.svg");
      browser.waitFor(By.cssSelector("svg rect.late"));
      browser.snapshot("gantt-svg-standalone");
      browser.go(cockpit);
      browser.waitFor(By.cssSelector(".peg-dashboard"));

      // The plugin reads /api with the Cockpit session; from a script the same session only imports
      // and varies (the controllo's page «Caricamento del PEG»: «x» reaches the import, a bad sheet)
      // and reopens a phase: nothing else.
      assertThat(browser.script(fetch("/api/dashboard?year=" + YEAR, "GET"))).isEqualTo(200L);
      assertThat(browser.script(fetch("/api/objectives", "POST"))).isEqualTo(400L);
      assertThat(browser.script(fetch("/api/objectives/" + peg.code("B") + "/withdrawal?act=x", "POST"))).isEqualTo(401L);
      assertThat(browser.script(fetch("/api/reassignments", "POST"))).isEqualTo(401L);
    }
  }

  /**
   * The Dirigente, in an English browser, follows his objective read-only: Cockpit in Italian, no
   * Camunda 8 banner, no button he may not use (suspend, cancel, retry, add or change a variable).
   */
  @Test
  void theDirigenteFollowsHisObjectiveReadOnlyWithoutButtonsHeMayNotUse() {
    Browser.requireChromium();
    PegYear peg = scenario(YEAR);
    String cockpit = "http://localhost:" + port + "/camunda/app/cockpit/";

    try (Browser browser = Browser.open("en-US")) {
      browser.logIn(cockpit, "fotifilippo", PASSWORD);
      browser.waitFor(By.cssSelector(".peg-dashboard select[name=year]"));
      assertThat(browser.shows(By.cssSelector(".ce-eol-banner"))).as("Camunda 8 banner").isFalse();
      assertThat(browser.pageText()).contains("Obiettivi PEG", "Istanze di processo in esecuzione").doesNotContain("Camunda 8");

      browser.go(cockpit + "#/process-instance/" + peg.instances().get("B") + "/runtime");
      browser.waitFor(By.cssSelector(".ctn-toolbar"));
      browser.waitUntil("the read-only marking", () -> browser.all(By.cssSelector("body.peg-read-only")).size() == 1);
      browser.waitFor(By.cssSelector("td.actions, .variables-tab, [cam-widget-variables-table]"));
      assertThat(browser.shows(By.cssSelector(".ctn-toolbar .btn-toolbar"))).as("suspend, cancel, retry, add variable").isFalse();
      assertThat(browser.shows(By.cssSelector("td.actions"))).as("change or delete a variable").isFalse();
      assertThat(browser.pageText()).contains("Variabili", "2042_MONB").doesNotContain("Actions");
      browser.snapshot("cockpit-instance-read-only");
    }
  }

  /**
   * A request from the page with its cookies only (synchronous, so that Selenium gets the status back).
   * As a script it gets a 401 without the Basic challenge, which would open a login dialog and hang.
   */
  private static String fetch(String path, String method) {
    return "const request = new XMLHttpRequest(); request.open('" + method + "', '" + path + "', false);"
        + "request.setRequestHeader('Content-Type', 'text/plain'); request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');"
        + " request.send('GET' === '" + method + "' ? null : 'x');"
        + "return request.status;";
  }

  /** Code, state, the four phase counts, progress, score and band of each row. */
  private static List<String> rowTexts(Browser browser) {
    return browser.all(ROWS).stream().map(row -> {
      List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
      return String.join(" | ", cells.get(0), cells.get(5), cells.get(6), cells.get(7), cells.get(8), cells.get(9),
          cells.get(10), cells.get(11), cells.get(12));
    }).toList();
  }
}
