package it.pegworkflow.web;

import static it.pegworkflow.process.ProcessConstants.OBJECTIVE_CODE;
import static org.assertj.core.api.Assertions.assertThat;

import static it.pegworkflow.process.ProcessConstants.TASK_JUSTIFY_DEVIATION;
import static it.pegworkflow.process.ProcessConstants.TASK_VALIDATE_REPORT;

import it.pegworkflow.objective.PhaseState;
import it.pegworkflow.store.ObjectiveStore;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A responsible opens Tasklist in an Italian browser, sees only their own phases, fills the
 * phase's Italian form and completes it; another responsible of the same centre never sees it.
 * The Dirigente, the Nucleo and a responsible, in an English and in an Italian browser, land on
 * all their work in Italian; every bad input in every form is explained by the server in Italian.
 */
class TasklistBrowserTest extends MonitoringScenario {

  private static final By TASK_NAMES = By.cssSelector("ol.tasks-list h4.task a");
  private static final By COMPLETE = By.cssSelector("button.btn-primary[ng-click='complete()']");
  /** The phase form's choice: the phase is concluded, not just updated. */
  static final By CONCLUDED = By.xpath("//label[contains(., 'Fase conclusa')]");
  private static final By ACTIVE_FILTER = By.cssSelector(".task-filter.active h4.name a");
  private static final By BANNER = By.cssSelector(".ce-eol-banner");
  private static final By NOTIFICATIONS = By.cssSelector(".page-notifications .alert");
  private static final int YEAR = 2042;

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

  /**
   * From the root page to Tasklist, as the Dirigente, the Nucleo and a responsible: each lands on
   * «I miei compiti» with all of their work (the warning names who is late, since when and by how
   * much, and is under «In ritardo»); no Camunda 8 banner, nothing to start, Italian throughout.
   */
  @ParameterizedTest(name = "browser in {0}")
  @ValueSource(strings = {"en-US", "it-IT"})
  void everyoneLandsOnTheirWorkInItalianWhateverTheBrowsersLanguage(String language) {
    PegYear peg = scenario(YEAR);
    String nucleo = "nucleotasklist";
    user(nucleo, it.pegworkflow.process.ProcessConstants.NUCLEO_GROUP);
    String late = "Fase in ritardo di 5 giorni (fine prevista 30/11/" + YEAR + "), BONANNI GIUSEPPINA: Stipula protocolli";

    try (Browser browser = Browser.open(language)) {
      browser.go("http://localhost:" + port + "/");
      browser.waitForText(By.tagName("h1"), "PEG Workflow");
      assertThat(browser.pageText()).contains("Comune di Prova", "Tasklist", "Cockpit").doesNotContain("Welcome");
      browser.snapshot("root-page-" + language);
      browser.click(By.cssSelector("a.app[href$='/app/tasklist/']"));
      browser.waitFor(By.cssSelector("input[ng-model=username]"));
      browser.waitUntil("the Italian login page", () -> browser.pageText().contains("Accedi"));
      assertThat(browser.all(By.cssSelector("input[placeholder='Nome utente']"))).hasSize(1);
      browser.snapshot("tasklist-login-" + language);

      browser.logIn(tasklist(), "fotifilippo", PASSWORD);
      browser.waitForText(ACTIVE_FILTER, "I miei compiti");
      browser.waitUntil("the Dirigente's warning and indicators", () -> taskNames(browser).stream().anyMatch(n -> n.startsWith(late)));
      assertThat(taskNames(browser)).filteredOn(name -> name.contains("(" + YEAR + "_MON")).containsExactlyInAnyOrder(
          late + " d'intesa con soggetti terzi per l'individuazione di strutture destinati ai MSNA (" + peg.code("B") + ")",
          "Rilevare l'indicatore 1: Presentazione progetto PON (Programma Operativo Nazionale) inclusione FEAD (Fondo di "
              + "Aiuti Europei agli Indigenti) (" + peg.code("C") + ")",
          "Rilevare l'indicatore 2: Ricerca finanziamenti: Progetti di finanziamento ammessi/ progetti presentati ("
              + peg.code("C") + ")",
          "Rilevare l'indicatore 3: Soggetti inseriti nei progetti SPRAR (" + peg.code("C") + ")");
      assertThat(browser.shows(BANNER)).as("Camunda 8 banner").isFalse();
      browser.snapshot("tasklist-landing-dirigente-" + language);

      browser.click(By.partialLinkText("(" + peg.code("B") + ")"));
      browser.waitUntil("the warning's form", () -> "BONANNI GIUSEPPINA - P.O. STRANIERI E IMMIGRAZIONE".equals(
          browser.waitFor(By.cssSelector("input[id$='Field_PhaseResponsible']")).getAttribute("value")));
      assertThat(browser.shows(By.cssSelector(".reset-due-date"))).as("«Rimuovi scadenza», which he may not do").isFalse();
      assertThat(browser.shows(By.cssSelector(".due-date"))).as("the deadline is shown").isTrue();
      browser.snapshot("tasklist-late-warning-" + language);
      browser.click(By.xpath("//div[contains(@class,'task-filter')]//a[normalize-space(text())='In ritardo']"));
      browser.waitUntil("the warning under «In ritardo»", () -> taskNames(browser).stream().anyMatch(n -> n.startsWith(late)));

      browser.click(By.cssSelector(".start-process-action a"));
      browser.waitForText(By.cssSelector(".modal-content"), "Avvia processo");
      browser.waitUntil("the list of processes loaded", () -> !browser.all(By.cssSelector(".modal-content .loader.ng-hide")).isEmpty()
          || browser.pageText().contains("non sono disponibili definizioni di processo"));
      assertThat(browser.waitFor(By.cssSelector(".modal-content")).getText()).doesNotContain("Obiettivo PEG");
      browser.snapshot("tasklist-start-process-" + language);

      browser.logIn(tasklist(), nucleo, PASSWORD);
      browser.waitForText(ACTIVE_FILTER, "I miei compiti");
      browser.waitUntil("the Nucleo's validation", () -> taskNames(browser).contains("Validare la rendicontazione (" + peg.code("E") + ")"));
      browser.snapshot("tasklist-landing-nucleo-" + language);

      browser.logIn(tasklist(), "vernamarco", PASSWORD);
      browser.waitForText(ACTIVE_FILTER, "I miei compiti");
      searchObjective(browser, peg.code("B"));
      assertThat(taskNames(browser)).as("his open phases of B").isNotEmpty()
          .allMatch(name -> name.endsWith("(" + peg.code("B") + ")") && !name.startsWith("Fase in ritardo"));
      assertThat(browser.pageText()).doesNotContain("Camunda 8", "Welcome", "Start process");
    }
  }

  /**
   * Each form of the year, bad input typed and submitted in an English browser: *Completa* is never
   * greyed out by the form, the server's Italian message is what the person reads, the task stays.
   */
  @Test
  void everyBadInputInEveryFormIsExplainedInItalian() {
    String justify = objectiveToJustify();
    PegYear peg = scenario(YEAR);
    String nucleo = "nucleoforms";
    user(nucleo, it.pegworkflow.process.ProcessConstants.NUCLEO_GROUP);

    try (Browser browser = Browser.open("en-US")) {
      openPhase(browser, "vernamarco", peg.code("B"));
      By completion = By.cssSelector("input[id$='Field_PhaseCompletion']");
      By actualEnd = By.cssSelector("input[id$='Field_PhaseActualEnd']");
      refused(browser, Map.of(completion, ""), "Manca il campo obbligatorio «Completamento (%)»", "phase-empty");
      refused(browser, Map.of(completion, "molto"), "Completamento (%): «molto» non è un numero", "phase-not-a-number");
      refused(browser, Map.of(completion, "140,5"), "Completamento (%): 140,5 non è tra 0 e 100", "phase-over-100");
      refused(browser, Map.of(completion, "60", By.cssSelector("input[id$='Field_PhaseForecastEnd']"), "30/11/" + YEAR),
          "Fine prevista: 30/11/" + YEAR + " è prima di oggi (05/12/" + YEAR + ")", "progress-forecast-in-the-past");
      browser.type(By.cssSelector("input[id$='Field_PhaseForecastEnd']"), "");
      browser.click(CONCLUDED); // the phase concluded: its actual end is asked
      refused(browser, Map.of(completion, "87,5", actualEnd, ""), "Manca il campo obbligatorio «Data di fine effettiva»", "phase-no-date");
      refused(browser, Map.of(actualEnd, "31/02/" + YEAR), "Data di fine effettiva: «31/02/" + YEAR + "» non è una data valida (gg/mm/aaaa)",
          "phase-bad-date");
      refused(browser, Map.of(actualEnd, "31/12/" + YEAR), "Data di fine effettiva: 31/12/" + YEAR + " è dopo oggi (05/12/" + YEAR + ")",
          "phase-future-date");

      browser.logIn(tasklist(), "fotifilippo", PASSWORD);
      searchObjective(browser, peg.code("C"));
      browser.click(By.partialLinkText("Rilevare l'indicatore 1:"));
      By actual = By.cssSelector("input[id$='Field_IndicatorActual']");
      refused(browser, Map.of(actual, ""), "Indicatore 1: il valore effettivo è obbligatorio", "indicator-empty");
      refused(browser, Map.of(actual, "presto"), "Indicatore 1: Valore «presto» non valido: serve una data (gg/mm/aaaa)",
          "indicator-not-a-date");

      searchObjective(browser, justify);
      browser.click(By.partialLinkText("Motivare lo scostamento"));
      browser.waitForText(By.cssSelector(".fjs-container"), "Punteggio (su 100): ");
      assertThat(browser.waitFor(By.cssSelector(".fjs-container")).getText()).as("the score as Italians write it")
          .containsPattern("Punteggio \\(su 100\\): \\d+,\\d\\d");
      refused(browser, Map.of(By.cssSelector("textarea[id$='Field_DeviationReason']"), "  "),
          "Manca il campo obbligatorio «Motivazione dello scostamento»", "justification-empty");

      browser.logIn(tasklist(), nucleo, PASSWORD);
      browser.waitUntil("the Nucleo's validation", () -> taskNames(browser).contains("Validare la rendicontazione (" + peg.code("E") + ")"));
      browser.click(By.partialLinkText("(" + peg.code("E") + ")"));
      browser.click(By.cssSelector("button[ng-click='claim()']"));
      browser.waitForText(By.cssSelector(".fjs-container"), "Punteggio (su 100): 100,00");
      refused(browser, Map.of(), "Manca il campo obbligatorio «Motivo del rinvio»", "validation-no-reason");
      tasks.setAssignee(single(peg.instances().get("E"), TASK_VALIDATE_REPORT).getId(), null);
    }
    assertThat(tasks.createTaskQuery().processInstanceId(peg.instances().get("B")).taskAssignee("vernamarco").count())
        .as("nothing completed").isPositive();
  }

  /** Types each value, presses *Completa* (never greyed out), waits for the Italian refusal in the newest notification. */
  private void refused(Browser browser, Map<By, String> typed, String message, String name) {
    // Earlier notifications closed as a person would (best effort: the check below reads the newest only).
    browser.script("document.querySelectorAll(\".page-notifications button[ng-click^='removeNotification']\")"
        + ".forEach(button => button.click());");
    typed.forEach(browser::type);
    // Tasklist greys it out while it loads the form (after a claim, say): available once loaded, whatever was typed.
    browser.waitUntil("«Completa» available for " + typed.values(), () -> browser.waitFor(COMPLETE).isEnabled());
    int before = browser.all(NOTIFICATIONS).size();
    browser.click(COMPLETE);
    browser.waitUntil("the refusal «" + message + "»", () -> {
      List<WebElement> shown = browser.all(NOTIFICATIONS);
      return shown.size() > 0 && shown.get(shown.size() - 1).getText().contains(message);
    });
    List<WebElement> shown = browser.all(NOTIFICATIONS);
    assertThat(shown.get(shown.size() - 1).getText()).as("a message to read, not JSON")
        .contains("Si è verificato un errore durante l'invio del modulo del compito")
        .doesNotContain("{", "\"type\"", "Exception", "ENGINE-");
    assertThat(before).as("notifications before").isLessThanOrEqualTo(shown.size());
    browser.snapshot("tasklist-refused-" + name);
  }

  /** An objective of another year whose score asks the Dirigente to justify it: its code. */
  private String objectiveToJustify() {
    int year = YEAR - 2; // a year of its own: the scenario years stay as they are
    String code = year + "_JUS" + tag;
    today((year - 1) + "-12-15");
    var imported = as(CONTROLLO).postText("/api/objectives", realSheet(code).replace("/2017", "/" + year));
    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    String instance = imported.body().at("/objectives/0/processInstanceId").asText();
    today(year + "-11-15");
    runDueJobs(instance);
    for (int phase = 1; phase <= 4; phase++) {
      completePhase(instance, phase, 30, year + "-11-15");
    }
    recordIndicators(instance, "20/12/" + year, "1/5", "10");
    runDueJobs(instance);
    assertThat(single(instance, TASK_JUSTIFY_DEVIATION)).as("a justification asked").isNotNull();
    return code;
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
