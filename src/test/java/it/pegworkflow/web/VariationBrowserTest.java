package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The controllo di gestione, in Cockpit, finds the varied objectives of 2044 on the dashboard and opens
 * the Gantt of one: the thin grey bars of the baseline under the phases, the dropped phase struck
 * through, the added one marked, and under the Gantt the versions with their changes. Screenshots in
 * target/screenshots.
 */
class VariationBrowserTest extends VariationScenario {

  @Test
  void theControlloSeesWhichObjectivesWereVariedAndTheBaselineUnderTheGantt() {
    Browser.requireChromium();
    var instances = scenario();
    String cockpit = "http://localhost:" + port + "/camunda/app/cockpit/";

    try (Browser browser = Browser.open()) {
      browser.logIn(cockpit, CONTROLLO, PASSWORD);
      new Select(browser.waitFor(By.cssSelector(".peg-dashboard select[name=year]"))).selectByValue(String.valueOf(YEAR));
      browser.waitFor(By.cssSelector(".peg-dashboard tr[data-code='" + VARIED + "']"));
      assertThat(browser.waitFor(By.cssSelector("tr[data-code='" + VARIED + "'] .peg-state")).getText())
          .isEqualTo("in corso variato (2)");
      assertThat(browser.waitFor(By.cssSelector("tr[data-code='" + WITHDRAWN + "'] .peg-state")).getText())
          .isEqualTo("ritirato variato");
      assertThat(browser.all(By.cssSelector("tr[data-code='" + PLAIN + "'] .peg-varied"))).isEmpty();
      assertThat(browser.waitFor(By.cssSelector(".peg-summary")).getText())
          .startsWith("3 obiettivi del " + YEAR + ", 0 con fasi in ritardo, 2 variati, 1 ritirato");

      browser.click(By.cssSelector(".peg-dashboard input[name=variedOnly]"));
      browser.waitForText(By.cssSelector(".peg-summary"), "2 obiettivi del " + YEAR);
      assertThat(browser.all(By.cssSelector(".peg-dashboard tbody tr[data-code]")))
          .extracting(row -> row.getAttribute("data-code")).containsExactly(VARIED, WITHDRAWN);
      assertThat(browser.url()).contains("pegVariati=true");
      assertThat(browser.waitFor(By.linkText("CSV")).getAttribute("href")).endsWith(".csv?variedOnly=true");
      new Select(browser.waitFor(By.cssSelector(".peg-dashboard select[name=state]"))).selectByValue("WITHDRAWN");
      browser.waitForText(By.cssSelector(".peg-summary"), "1 obiettivo del " + YEAR);
      browser.scrollTo(By.cssSelector(".peg-dashboard"));
      browser.snapshot("cockpit-dashboard-varied");

      // A withdrawn objective's cycle is over: its code opens the read-only page, with its versions.
      browser.click(By.linkText(WITHDRAWN));
      // Below the fold of Cockpit's page, which clips it: present, then scrolled into view as a person would.
      browser.waitUntil("the versions", () -> !browser.all(By.cssSelector(".peg-objective .peg-version")).isEmpty());
      browser.script("document.querySelector('.peg-objective .peg-version').scrollIntoView({block: 'end'});");
      browser.snapshot("cockpit-withdrawn-objective");
      assertThat(browser.script("return document.querySelector('.peg-objective-state').textContent"))
          .asString().startsWith("Obiettivo ritirato: la scheda riporta il piano");
      assertThat(browser.pageText()).contains("Versione 1 · Ritiro: " + WITHDRAWAL_ACT, "Ritiro dell'obiettivo", "In vigore dal 03/12/" + YEAR);

      browser.go(cockpit + "#/process-instance/" + instances.get(VARIED) + "/runtime?tab=peg-gantt-tab");
      browser.waitFor(By.cssSelector(".peg-gantt svg"));
      assertThat(browser.all(By.cssSelector(".peg-gantt svg rect.bar"))).hasSize(4);
      assertThat(browser.all(By.cssSelector(".peg-gantt svg rect.baseline"))).hasSize(4);
      assertThat(browser.all(By.cssSelector(".peg-gantt svg rect.baseline.removed"))).hasSize(1);
      assertThat(browser.pageText()).contains("Pianificazione iniziale", "soppressa", "aggiunta con variazione");

      browser.waitFor(By.cssSelector(".peg-versions .peg-version[data-version='2']"));
      assertThat(browser.waitFor(By.cssSelector(".peg-versions .peg-version[data-version='1'] h4")).getText())
          .isEqualTo("Versione 1 · Variazione: " + JULY_ACT);
      assertThat(browser.waitFor(By.cssSelector(".peg-versions .peg-version[data-version='2']")).getText())
          .contains("In vigore dal 02/12/" + YEAR, "Fase 2", "Fine prevista", "30/11/" + YEAR, "31/12/" + YEAR);
      assertThat(browser.waitFor(By.cssSelector(".peg-versions .peg-version[data-version='1']")).getText())
          .contains("Fase soppressa", "Fase aggiunta", "Monitoraggio dei progetti SPRAR", "Indicatore 3", "Valore atteso",
              "maggiore di 100", "maggiore di 80");
      assertThat(browser.all(By.cssSelector(".peg-versions .peg-baseline-phases tbody tr"))).hasSize(4);
      // Cockpit's tab pane scrolls on its own, under the diagram: the lower half of the Gantt, then the acts.
      browser.script("document.querySelector('.peg-gantt svg .legend').scrollIntoView({block: 'end'});");
      browser.snapshot("cockpit-gantt-variations");
      browser.script("document.querySelector('.peg-version[data-version=\"1\"]').scrollIntoView({block: 'start'});");
      browser.snapshot("cockpit-versions");
    }
  }
}
