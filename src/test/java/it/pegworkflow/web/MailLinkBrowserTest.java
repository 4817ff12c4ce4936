package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The link an e-mail carries, opened in a browser by a person not yet logged in: after the login,
 * Tasklist shows that very task, with its form.
 */
class MailLinkBrowserTest extends RunningApplication {

  @Autowired JdbcClient jdbc;
  @Autowired TaskService tasks;

  @BeforeEach
  void chromium() {
    Browser.requireChromium();
  }

  @Test
  void theLinkInAPhaseOpenedEmailOpensThatPhaseInTasklist() {
    String code = newCode();
    String verna = "vernamarcomail";
    today("2017-03-15");
    var imported = as(CONTROLLO).postText("/api/objectives", realSheet(code).replace("VERNA MARCO", "VERNA MARCOMAIL"));
    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    String instance = imported.body().at("/objectives/0/processInstanceId").asText();
    runDueJobs(instance);
    user(verna);

    String link = jdbc.sql("select link from peg_mail_outbox where recipient_id = ? and kind = 'PHASE_OPENED' and dedup_key like ?")
        .params(verna, "%/" + instance + "/%").query(String.class).single();
    String taskId = tasks.createTaskQuery().processInstanceId(instance).taskAssignee(verna).singleResult().getId();
    assertThat(link).isEqualTo("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + taskId);

    try (Browser browser = Browser.open()) {
      // the base address is the installation's (peg.mail.base-url); this test's server has a port of its own
      browser.logIn(link.replace("http://localhost:8080", "http://localhost:" + port), verna, PASSWORD);
      browser.waitFor(By.cssSelector("input[id$='Field_PhaseCompletion']"));
      assertThat(browser.pageText()).contains("Attuazione proposta di intervento", "(" + code + ")");
      browser.snapshot("tasklist-from-mail-link");
    }
  }
}
