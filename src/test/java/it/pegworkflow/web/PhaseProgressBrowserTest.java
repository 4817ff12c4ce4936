package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.process.ProcessConstants;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A year people can live in, in an Italian browser: a responsible records progress on his phase in
 * Tasklist and the Dirigente sees it on the dashboard and the Gantt in Cockpit; the responsible then
 * concludes it, the Dirigente reopens it from the objective's page and reads there who did what.
 * A responsible comments on his phase in Tasklist and reads the comment in the task's «Cronologia».
 * Screenshots in target/screenshots (phase-progress-*).
 */
class PhaseProgressBrowserTest extends RunningApplication {

  private static final By COMPLETE = By.cssSelector("button.btn-primary[ng-click='complete()']");
  private static final String DIRIGENTE = "fotifilippo";

  @Autowired TaskService tasks;

  @Test
  void aResponsibleRecordsProgressAndTheDirigenteSeesItThenReopensTheConcludedPhase() {
    Browser.requireChromium();
    String tag = "R" + Long.toString(System.nanoTime() % 100_000, 26).toUpperCase().replaceAll("[0-9]", "X");
    String verna = "vernamarco" + tag.toLowerCase();
    String code = newCode();
    today("2017-03-15");
    String sheet = realSheet(code).replace("VERNA MARCO", "VERNA MARCO" + tag);
    var imported = as(CONTROLLO).postText("/api/objectives", sheet);
    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    String instanceId = imported.body().at("/objectives/0/processInstanceId").asText();
    runDueJobs(instanceId);
    user(verna);
    user(DIRIGENTE);
    String tasklist = "http://localhost:" + port + "/camunda/app/tasklist/";
    String cockpit = "http://localhost:" + port + "/camunda/app/cockpit/";

    try (Browser browser = Browser.open()) {
      openPhase(browser, tasklist, verna, code);
      assertThat(browser.all(By.cssSelector("input[id$='Field_PhaseActualEnd']"))).as("no actual end for an update").isEmpty();
      browser.type(By.cssSelector("input[id$='Field_PhaseCompletion']"), "40");
      browser.type(By.cssSelector("input[id$='Field_PhaseForecastEnd']"), "30/09/2017");
      browser.type(By.cssSelector("textarea[id$='Field_PhaseReport']"), "Metà dei colloqui svolti");
      browser.snapshot("phase-progress-tasklist-update");
      browser.click(COMPLETE);
      browser.waitUntilGone(By.cssSelector("input[id$='Field_PhaseForecastEnd']"));
      runDueJobs(instanceId);

      browser.logIn(cockpit, DIRIGENTE, PASSWORD);
      new Select(browser.waitFor(By.cssSelector(".peg-dashboard select[name=year]"))).selectByValue("2017");
      By row = By.cssSelector(".peg-dashboard tr[data-code='" + code + "'] td.peg-progress");
      browser.waitFor(row);
      assertThat(browser.waitFor(row).getText()).as("40 % on one of four phases").isEqualTo("10,00 %");
      browser.click(By.linkText(code));
      browser.waitFor(By.cssSelector(".peg-gantt svg rect.progress"));
      assertThat(browser.pageText()).contains("avanzamento 40% al 15/03/2017");
      browser.scrollTo(By.cssSelector(".peg-gantt"));
      browser.snapshot("phase-progress-cockpit-gantt");

      openPhase(browser, tasklist, verna, code);
      assertThat(browser.waitFor(By.cssSelector("input[id$='Field_PhaseCompletion']")).getAttribute("value"))
          .as("the last progress is there to start from").isEqualTo("40");
      browser.click(By.xpath("//label[contains(., 'Fase conclusa')]"));
      browser.type(By.cssSelector("input[id$='Field_PhaseCompletion']"), "100");
      browser.type(By.cssSelector("input[id$='Field_PhaseActualEnd']"), "15/03/2017");
      browser.click(COMPLETE);
      browser.waitUntilGone(By.cssSelector("input[id$='Field_PhaseActualEnd']"));
      runDueJobs(instanceId);

      browser.logIn(cockpit, DIRIGENTE, PASSWORD);
      browser.go(cockpit + "#/process-instance/" + instanceId + "/runtime?tab=peg-trail-tab");
      browser.scrollTo(By.cssSelector(".peg-reopen"));
      browser.type(By.cssSelector(".peg-reopen input[name=reason]"), "Il completamento va corretto");
      browser.click(By.cssSelector(".peg-reopen button"));
      browser.waitForText(By.cssSelector(".peg-trail"), "ha riaperto la fase 1");
      String trail = browser.waitFor(By.cssSelector(".peg-trail ol")).getText();
      assertThat(trail).contains("Verna ha aggiornato l'avanzamento della fase 1", "Verna ha concluso la fase 1",
          "Filippo Foti", "Motivo della riapertura: Il completamento va corretto");
      assertThat(trail.indexOf("ha aggiornato")).isLessThan(trail.indexOf("ha concluso")).isLessThan(trail.indexOf("ha riaperto"));
      assertThat(trail).contains("Completamento (%): 40", "Fine prevista: 30/09/2017", "Relazione: Metà dei colloqui svolti");
      browser.snapshot("phase-progress-cockpit-trail");
    }
    assertThat(tasks.createTaskQuery().processInstanceId(instanceId).taskAssignee(verna)
        .taskDefinitionKey(ProcessConstants.TASK_COMPLETE_PHASE).count()).as("the phase is back with its responsible").isEqualTo(1);
  }

  @Test
  void aResponsibleCommentsOnHisPhaseInTasklistAndSeesTheCommentListed() {
    Browser.requireChromium();
    String code = newCode();
    today("2017-03-15");
    var imported = as(CONTROLLO).postText("/api/objectives", realSheet(code));
    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    String instanceId = imported.body().at("/objectives/0/processInstanceId").asText();
    runDueJobs(instanceId);
    user("vernamarco");
    String comment = "In attesa dei dati della Prefettura (" + code + ")";

    try (Browser browser = Browser.open()) {
      openPhase(browser, "http://localhost:" + port + "/camunda/app/tasklist/", "vernamarco", code);
      browser.click(By.cssSelector("a.createCommentLink"));
      browser.type(By.id("comment-form-message"), comment);
      browser.click(By.cssSelector(".modal-footer button.btn-primary"));
      browser.waitUntilGone(By.id("comment-form-message"));
      browser.click(By.xpath("//a[normalize-space(.)='Cronologia']"));
      browser.waitUntil("the comment listed in «Cronologia»", () -> browser.pageText().contains(comment));
      assertThat(browser.pageText()).doesNotContain("Impossibile salvare il commento");
      browser.snapshot("phase-progress-tasklist-comment");
    }
    assertThat(tasks.getProcessInstanceComments(instanceId)).extracting(c -> c.getFullMessage()).containsExactly(comment);
  }

  private static void openPhase(Browser browser, String tasklist, String userId, String code) {
    browser.logIn(tasklist, userId, PASSWORD);
    browser.waitFor(By.cssSelector("ol.tasks-list h4.task a"));
    String search = "[{\"type\":\"processVariables\",\"operator\":\"eq\",\"value\":\"" + code
        + "\",\"name\":\"" + ProcessConstants.OBJECTIVE_CODE + "\"}]";
    browser.go(tasklist + "#/?searchQuery=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
    browser.waitUntil("the list shows only objective " + code, () -> {
      var names = browser.all(By.cssSelector("ol.tasks-list h4.task a")).stream().map(WebElement::getText).toList();
      return !names.isEmpty() && names.stream().allMatch(name -> name.endsWith("(" + code + ")"));
    });
    browser.click(By.partialLinkText("(" + code + ")"));
    browser.waitFor(By.cssSelector("input[id$='Field_PhaseCompletion']"));
  }
}
