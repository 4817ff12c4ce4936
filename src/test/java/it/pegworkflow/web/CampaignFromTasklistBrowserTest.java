package it.pegworkflow.web;

import static it.pegworkflow.process.CampaignConstants.CAMPAIGN_PROCESS_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A campaign as the people live it, in Chromium with the webapps in Italian: the controllo starts it
 * from Tasklist's «Avvia processo» with its start form, Marco Verna answers his phase in Tasklist, and
 * the controllo opens the campaign's page in Cockpit, where Verna's answer is and the others are
 * still awaited (the other phases and the Dirigente); the report has his 20% against the plan's 49,45%: critico.
 * Screenshots in target/screenshots.
 */
class CampaignFromTasklistBrowserTest extends RunningApplication {

  private static final By COMPLETE = By.cssSelector("button.btn-primary[ng-click='complete()']");

  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired JdbcClient jdbc;

  @Test
  void theControlloStartsACampaignInTasklistVernaAnswersAndCockpitShowsIt() throws Exception {
    Browser.requireChromium();
    String department = "DIREZIONE " + newCode();
    String code = newCode();
    today("2017-06-20");
    new CampaignAtWork(this, tasks, jdbc).importObjective(code, department);
    today("2017-07-01");
    String tasklist = "http://localhost:" + port + "/camunda/app/tasklist/";

    try (Browser browser = Browser.open()) {
      browser.logIn(tasklist, CONTROLLO, PASSWORD);
      browser.click(By.cssSelector(".start-process-action a"));
      browser.click(By.partialLinkText("Campagna di monitoraggio"));
      browser.type(By.cssSelector("input[id$='Field_ReferenceDate']"), "30/06/2017");
      browser.type(By.cssSelector("input[id$='Field_AnswerDeadline']"), "15/07/2017");
      browser.type(By.cssSelector("textarea[id$='Field_CampaignScope']"), department);
      browser.snapshot("campaign-start-form");
      browser.click(By.cssSelector(".modal-footer button.btn-primary"));
      browser.waitForText(By.cssSelector(".page-notifications"), "Il processo è stato avviato");
      String campaign = runtime.createProcessInstanceQuery().processDefinitionKey(CAMPAIGN_PROCESS_KEY)
          .variableValueEquals("campaignScope", department).singleResult().getId();
      runDueJobs(campaign);
      long id = jdbc.sql("select campaign_id from peg_campaign where process_instance_id = ?").param(campaign)
          .query(Long.class).single();

      // Verna opens his question from the e-mail's link (his list holds the other tests' objectives too).
      var question = tasks.createTaskQuery().processInstanceId(campaign).taskAssignee("vernamarco").singleResult();
      assertThat(question.getName()).startsWith("Stato di avanzamento al 30/06/2017: «Attuazione").endsWith("(" + code + ")");
      browser.logIn(tasklist, "vernamarco", PASSWORD);
      browser.go(tasklist + "default/#/?task=" + question.getId());
      browser.waitForText(By.cssSelector(".fjs-container"), "Avanzamento previsto dal piano alla data di riferimento");
      browser.type(By.cssSelector("input[id$='Field_ProgressCompletion']"), "20");
      browser.type(By.cssSelector("input[id$='Field_ProgressForecastEnd']"), "31/12/2017");
      browser.click(By.xpath("//label[normalize-space(.)='A rischio']"));
      browser.type(By.cssSelector("textarea[id$='Field_ProgressNote']"), "Il bando regionale è in ritardo");
      browser.snapshot("campaign-answer-form");
      browser.click(COMPLETE);
      browser.waitUntil("the answer recorded", () -> "ANSWERED".equals(jdbc.sql(
          "select state from peg_campaign_phase where campaign_id = ? and objective_code = ? and phase_number = 1")
          .params(id, code).query(String.class).single()));

      String cockpit = "http://localhost:" + port + "/camunda/app/cockpit/";
      browser.logIn(cockpit, CONTROLLO, PASSWORD);
      browser.go(cockpit + "#/peg-campagna/" + id);
      browser.waitForText(By.cssSelector("body"), "Risposte: 1 su");
      browser.snapshot("campaign-page");
      assertThat(browser.pageText()).contains("Risposte: 1 su 5 (20%)", "30/06/2017", code, "a rischio", "Il bando regionale è in ritardo",
          "Chi non ha ancora risposto", "BONANNI GIUSEPPINA");
    }

    // The plan says 49,45% on 30/06 for a phase of the whole year: 20% reported is 29,45 points behind.
    var report = as(CONTROLLO).download("/api/campaigns/" + campaignId(code) + "/report.xlsx");
    assertThat(report.status()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report.bytes()))) {
      Row verna = Cells.rows(workbook.getSheet("Fasi")).stream()
          .filter(row -> Cells.text(row, 1).equals(code) && row.getCell(2).getNumericCellValue() == 1).findFirst().orElseThrow();
      assertThat(List.of(Cells.number(verna, 7), Cells.number(verna, 8), Cells.number(verna, 9)))
          .as("previsto, realizzato, da realizzare").containsExactly(0.4945, 0.2, 0.8);
      assertThat(Cells.text(verna, 10)).as("more than 25 points behind the plan").isEqualTo("critico");
      assertThat(Cells.text(verna, 12)).as("the criticità Verna gave").isEqualTo("a rischio");
    }
  }

  private long campaignId(String code) {
    return jdbc.sql("select campaign_id from peg_campaign_phase where objective_code = ? group by campaign_id").param(code)
        .query(Long.class).single();
  }
}
