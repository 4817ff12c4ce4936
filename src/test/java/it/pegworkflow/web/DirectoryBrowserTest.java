package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A responsible of the seed sheet opens Tasklist in Chromium and logs in with the login name and
 * the password the municipality's directory gave them: their phase is there.
 */
class DirectoryBrowserTest extends WithDirectory {

  private static final By TASK_NAMES = By.cssSelector("ol.tasks-list h4.task a");

  @BeforeEach
  void chromium() {
    Browser.requireChromium();
  }

  @Test
  void aResponsibleLogsIntoTasklistWithTheDirectoryPasswordAndFindsTheirPhase() {
    String code = newCode();
    today("2017-03-15");
    Api.Answer imported = as(CONTROLLO).postText("/api/objectives", realSheet(code));
    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    runDueJobs(imported.body().at("/objectives/0/processInstanceId").asText());

    try (Browser browser = Browser.open()) {
      browser.logIn("http://localhost:" + port + "/camunda/app/tasklist/" + engineName() + "/", "mverna", DIRECTORY_PASSWORD);
      browser.waitFor(TASK_NAMES);
      browser.waitUntil("the phase of " + code + " is listed", () -> browser.all(TASK_NAMES).stream()
          .map(WebElement::getText).anyMatch(name -> name.startsWith("Attuazione proposta di intervento")
              && name.endsWith("(" + code + ")")));
      browser.snapshot("tasklist-directory-login");
      assertThat(browser.pageText()).contains("Marco Verna");
    }
  }

  @Test
  void withTheDirectoryDownTheLoginPageSaysSoInItalian() {
    DIRECTORY.down();

    try (Browser browser = Browser.open()) {
      browser.submitLogin("http://localhost:" + port + "/camunda/app/tasklist/" + engineName() + "/", "mverna", DIRECTORY_PASSWORD);
      browser.waitForText(By.tagName("body"), "L'elenco del personale del Comune (LDAP) non risponde");
      browser.snapshot("tasklist-directory-down");
      assertThat(browser.pageText()).contains("Accesso non riuscito", "Riprovare fra qualche minuto");
    }
  }
}
