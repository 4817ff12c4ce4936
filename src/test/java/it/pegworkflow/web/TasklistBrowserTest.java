package it.pegworkflow.web;

import static it.pegworkflow.process.ProcessConstants.OBJECTIVE_CODE;
import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.objective.PhaseState;
import it.pegworkflow.store.ObjectiveStore;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A responsible opens Tasklist in an Italian browser, sees only their own phases, fills the
 * phase's Italian form and completes it; another responsible of the same centre never sees it.
 */
class TasklistBrowserTest extends RunningApplication {

  private static final By TASK_NAMES = By.cssSelector("ol.tasks-list h4.task a");
  private static final By COMPLETE = By.cssSelector("button.btn-primary[ng-click='complete()']");
  /** The phase form's choice: the phase is concluded, not just updated. */
  static final By CONCLUDED = By.xpath("//label[contains(., 'Fase conclusa')]");

  private static final java.util.concurrent.atomic.AtomicInteger PEOPLE = new java.util.concurrent.atomic.AtomicInteger();

  @Autowired ObjectiveStore store;

  /** The sheet's three responsibles under names of this test alone: no other test adds to their lists. */
  private final String tag = tag(PEOPLE.incrementAndGet());
  private final String verna = "vernamarco" + tag.toLowerCase();
  private final String bonanni = "bonannigiuseppina" + tag.toLowerCase();
  private final String delMoro = "delmorosandra" + tag.toLowerCase();

  @BeforeEach
  void chromium() {
    Browser.requireChromium();
  }

  @Test
  void aResponsibleCompletesTheirPhaseInTasklistAndAnotherResponsibleNeverSeesIt() {
    String code = importedOn15March(UnaryOperator.identity());
    user(bonanni);

    try (Browser browser = Browser.open()) {
      browser.logIn(tasklist(), verna, PASSWORD);
      browser.waitFor(TASK_NAMES);
      assertThat(taskNames(browser)).singleElement()
          .satisfies(name -> assertThat(name).startsWith("Attuazione proposta di intervento").endsWith("(" + code + ")"));

      browser.click(By.partialLinkText("(" + code + ")"));
      browser.click(CONCLUDED);
      browser.type(By.cssSelector("input[id$='Field_PhaseCompletion']"), "90");
      browser.type(By.cssSelector("input[id$='Field_PhaseActualEnd']"), "15/03/2017");
      browser.type(By.cssSelector("textarea[id$='Field_PhaseReport']"), "Proposta FEAD presentata e avviata");
      assertThat(browser.pageText()).contains("Completamento (%)", "Data di fine effettiva", "Periodo previsto", "Responsabile");
      assertThat(browser.waitFor(By.cssSelector("input[id$='Field_PhasePlanned']")).getAttribute("value"))
          .isEqualTo("01/01/2017 – 31/12/2017");
      assertThat(browser.waitFor(By.cssSelector("input[id$='Field_PhaseResponsible']")).getAttribute("value"))
          .isEqualTo("VERNA MARCO" + tag + " - P.O. INCLUSIONE SOCIALE");
      browser.snapshot("tasklist-phase-form");
      browser.click(COMPLETE);
      browser.waitUntilGone(By.partialLinkText("(" + code + ")"));
      browser.snapshot("tasklist-after-completion");

      var phase = store.phase(code, 1);
      assertThat(phase.state()).isEqualTo(PhaseState.COMPLETED);
      assertThat(phase.completion()).isEqualByComparingTo("90");
      assertThat(phase.report()).isEqualTo("Proposta FEAD presentata e avviata");

      browser.logIn(tasklist(), bonanni, PASSWORD);
      browser.waitFor(TASK_NAMES);
      assertThat(taskNames(browser)).hasSize(2).allMatch(name -> name.endsWith("(" + code + ")"))
          .noneMatch(name -> name.startsWith("Attuazione"));
      browser.snapshot("tasklist-other-responsible");
    }
  }

  /** The phase form shows the phase name in a read-only field: markup in a name stays text. */
  @Test
  void markupInAPhaseNameIsShownAsTextInThePhaseForm() {
    String markup = "<img src=x onerror=\"document.title='XSS'\"> **grassetto** <b>Fase</b>";
    String code = importedOn15March(sheet -> sheet.replace(
        "Ricerca finanziamenti dell'Unione europea nazionale e regionale", markup));
    user(delMoro);

    try (Browser browser = Browser.open()) {
      openPhase(browser, delMoro, code);
      browser.waitFor(By.cssSelector("input[id$='Field_PhaseCompletion']"));
      browser.snapshot("tasklist-markup-in-phase-name");

      assertThat(browser.all(By.cssSelector(".fjs-container img"))).as("no image made from the name").isEmpty();
      assertThat(browser.all(By.cssSelector(".fjs-container b"))).as("no bold made from the name").isEmpty();
      assertThat(browser.title()).isNotEqualTo("XSS");
      assertThat(browser.waitFor(By.cssSelector("textarea[id$='Field_PhaseName']")).getAttribute("value")).isEqualTo(markup);
      assertThat(browser.waitFor(By.cssSelector("textarea[id$='Field_PhaseName']")).isEnabled()).as("read-only").isFalse();
    }
  }

  @Test
  void aReportTheProcessRefusesIsExplainedInItalianAndThePhaseStaysOpen() {
    String code = importedOn15March(UnaryOperator.identity());

    try (Browser browser = Browser.open()) {
      openPhase(browser, verna, code);
      browser.click(CONCLUDED);
      browser.type(By.cssSelector("input[id$='Field_PhaseCompletion']"), "90");
      browser.type(By.cssSelector("input[id$='Field_PhaseActualEnd']"), "01/12/2016");
      browser.click(COMPLETE);

      String refusal = "Data di fine effettiva: 01/12/2016 è prima dell'inizio della fase (01/01/2017)";
      browser.waitForText(By.tagName("body"), refusal);
      browser.snapshot("tasklist-refused-report");
      assertThat(browser.pageText()).doesNotContain("ENGINE-", "TaskListener");
    }
    assertThat(store.phase(code, 1).state()).isEqualTo(PhaseState.RUNNING);
  }

  /** The real sheet (changed as given) imported on 15/03/2017, its due timers run: the running phases are open. */
  private String importedOn15March(UnaryOperator<String> change) {
    String code = newCode();
    today("2017-03-15");
    String sheet = realSheet(code).replace("VERNA MARCO", "VERNA MARCO" + tag)
        .replace("BONANNI GIUSEPPINA", "BONANNI GIUSEPPINA" + tag).replace("DEL MORO SANDRA", "DEL MORO SANDRA" + tag);
    var imported = as(CONTROLLO).postText("/api/objectives", change.apply(sheet));
    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    runDueJobs(imported.body().at("/objectives/0/processInstanceId").asText());
    user(verna);
    return code;
  }

  /** Letters only, as names are printed: 1 is B, 2 is C, 27 is BB... */
  private static String tag(int number) {
    StringBuilder letters = new StringBuilder();
    for (int n = number; n > 0; n /= 26) {
      letters.append((char) ('A' + n % 26));
    }
    return "Q" + letters;
  }

  private String tasklist() {
    return "http://localhost:" + port + "/camunda/app/tasklist/";
  }

  private void openPhase(Browser browser, String userId, String code) {
    browser.logIn(tasklist(), userId, PASSWORD);
    searchObjective(browser, code);
    browser.click(By.partialLinkText("(" + code + ")"));
  }

  /**
   * Tasklist's search on the objective's code, as the search box writes it into the address. Only
   * once the list has loaded: while Tasklist starts up it rewrites the address and drops the search.
   */
  private void searchObjective(Browser browser, String code) {
    browser.waitFor(TASK_NAMES);
    String search = "[{\"type\":\"processVariables\",\"operator\":\"eq\",\"value\":\"" + code
        + "\",\"name\":\"" + OBJECTIVE_CODE + "\"}]";
    browser.go(tasklist() + "#/?searchQuery=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
    browser.waitUntil("the list shows only objective " + code, () -> {
      var names = taskNames(browser);
      return !names.isEmpty() && names.stream().allMatch(name -> name.endsWith("(" + code + ")"));
    });
  }

  private static List<String> taskNames(Browser browser) {
    return browser.all(TASK_NAMES).stream().map(WebElement::getText).toList();
  }
}
