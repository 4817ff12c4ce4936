package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The controllo di gestione, in Cockpit, sees the last campaign's status of each objective of 2045 on the
 * dashboard, keeps the critical ones, opens the campaign's page (progress of the answers, who has not
 * answered, the phases) and the Gantt with the marks at 30/06. Screenshots in target/screenshots.
 */
class CampaignBrowserTest extends CampaignScenario {

  @Test
  void theControlloFollowsTheCampaignFromTheDashboard() {
    Browser.requireChromium();
    scenario();
    String cockpit = "http://localhost:" + port + "/camunda/app/cockpit/";
    String socialInstance = jdbc.sql("select process_instance_id from peg_objective where code = ?").param(SOCIAL)
        .query(String.class).single();

    try (Browser browser = Browser.open()) {
      browser.logIn(cockpit, CONTROLLO, PASSWORD);
      new Select(browser.waitFor(By.cssSelector(".peg-dashboard select[name=year]"))).selectByValue(String.valueOf(YEAR));
      browser.waitFor(By.cssSelector(".peg-dashboard tr[data-code='" + SOCIAL + "']"));
      assertThat(browser.all(By.cssSelector(".peg-dashboard thead th"))).extracting(th -> th.getText()).contains("Al 30/06");
      assertThat(browser.waitFor(By.cssSelector("tr[data-code='" + CULTURE + "'] .peg-campaign-status")).getText()).isEqualTo("critico");
      assertThat(browser.waitFor(By.cssSelector("tr[data-code='" + SOCIAL + "'] .peg-campaign-status")).getText())
          .isEqualTo("non pervenuto");

      new Select(browser.waitFor(By.cssSelector(".peg-dashboard select[name=campaignStatus]"))).selectByValue("CRITICAL");
      browser.waitForText(By.cssSelector(".peg-summary"), "1 obiettivo del " + YEAR);
      assertThat(browser.all(By.cssSelector(".peg-dashboard tbody tr[data-code]")))
          .extracting(row -> row.getAttribute("data-code")).containsExactly(CULTURE);
      assertThat(browser.url()).contains("pegMonitoraggio=CRITICAL");
      browser.reload();
      browser.waitForText(By.cssSelector(".peg-summary"), "1 obiettivo del " + YEAR);
      browser.scrollTo(By.cssSelector(".peg-dashboard"));
      browser.snapshot("cockpit-dashboard-campaign");

      browser.click(By.linkText("stato di attuazione al 30/06/" + YEAR));
      browser.waitFor(By.cssSelector(".peg-campaign .peg-answers"));
      assertThat(browser.waitFor(By.cssSelector(".peg-campaign h2")).getText()).isEqualTo("Stato di attuazione al 30/06/" + YEAR);
      assertThat(browser.waitFor(By.cssSelector(".peg-answers")).getText())
          .isEqualTo("Risposte: 10 su 11 (91%) · in attesa: 0 · non pervenute: 1");
      assertThat(browser.waitFor(By.cssSelector(".peg-unanswered tbody tr")).getText())
          .contains(SOCIAL, "2. Stipula protocolli", "BONANNI GIUSEPPINA", "non pervenuto");
      assertThat(browser.waitFor(By.linkText("Relazione (Excel)")).getAttribute("href"))
          .endsWith("/api/campaigns/" + june() + "/report.xlsx");
      assertThat(browser.waitFor(By.cssSelector(".peg-campaign-phases tr[data-code='" + SOCIAL + "'][data-phase='3']")).getText())
          .contains("49,59%", "20%", "30%", "70%", "a rischio", "corretto da " + MANAGER);
      browser.snapshot("cockpit-campaign");
      browser.script("document.querySelector('.peg-campaign-phases').scrollIntoView({block: 'start'});");
      browser.snapshot("cockpit-campaign-phases");

      browser.scrollTo(By.cssSelector(".peg-campaign"));
      browser.click(By.linkText("Campagne di monitoraggio"));
      browser.waitFor(By.cssSelector(".peg-campaign-list tr[data-campaign='" + march() + "']"));
      assertThat(browser.waitFor(By.cssSelector(".peg-campaign-list tr[data-campaign='" + march() + "']")).getText())
          .contains("Stato di attuazione al 31/03/" + YEAR, "CULTURA", "aperta", "1 su 3");
      browser.snapshot("cockpit-campaigns");

      browser.go(cockpit + "#/process-instance/" + socialInstance + "/runtime?tab=peg-gantt-tab");
      browser.waitFor(By.cssSelector(".peg-gantt svg"));
      assertThat(browser.all(By.cssSelector(".peg-gantt svg line.campaign-mark"))).hasSize(4);
      assertThat(browser.pageText()).contains("30/06: 40%", "30/06: non pervenuto");
      browser.script("document.querySelector('.peg-gantt svg .legend').scrollIntoView({block: 'end'});");
      browser.snapshot("cockpit-gantt-campaign");
    }
  }
}
