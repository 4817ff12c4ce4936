package it.pegworkflow.web;

import static it.pegworkflow.process.ProcessConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The Nucleo opens its validation in Tasklist (an Italian browser) and sees the whole objective: the
 * phases with completion, actual end and report, the indicators with target, actual value, note and
 * score, the scores and the justification. It sends back one indicator with its reason; the Dirigente
 * gets only that indicator's task, reads the reason on it and corrects the value: the validation comes
 * back to the Nucleo; the same for one phase. Screenshots in target/screenshots.
 */
class NucleoValidationBrowserTest extends AReportAtTheNucleo {

  private static final By COMPLETE = By.cssSelector("button.btn-primary[ng-click='complete()']");
  private static final String REASON = "Il valore 120 non risulta dai protocolli SPRAR";

  @Test
  void theNucleoSeesTheWholeObjectiveAndSendsBackOneIndicatorWhoseReasonTheDirigenteReads() {
    Browser.requireChromium();
    String validation = task(TASK_VALIDATE_REPORT).getId();

    try (Browser browser = Browser.open()) {
      browser.logIn(tasklist() + "#/?task=" + validation, NUCLEO, PASSWORD);
      browser.waitFor(By.cssSelector(".fjs-container table"));
      browser.waitForText(By.cssSelector(".fjs-container"), "Relazione della fase 4");
      String form = browser.waitFor(By.cssSelector(".fjs-container")).getText();
      assertThat(form).contains("Fasi", "Relazione della fase 1", "Relazione della fase 4", "14/12/2017 (prevista 31/12/2017)", "50% (completata)",
          "Indicatori", "Soggetti inseriti nei progetti SPRAR", "maggiore di 100", "120", "3/5", "20/06/2017",
          "Nota dell'indicatore 2", "100,00", "Punteggi parziali");
      assertThat(browser.waitFor(By.cssSelector("textarea[id$='Field_DeviationReason']")).getAttribute("value"))
          .isEqualTo(JUSTIFICATION);
      assertThat(browser.all(By.cssSelector(".fjs-form-field-table tbody tr"))).as("4 phases and 3 indicators").hasSize(7);
      browser.snapshot("nucleo-validation-whole-objective");
      browser.scrollTo(By.xpath("(//*[contains(@class,'fjs-form-field-table')])[2]"));
      browser.snapshot("nucleo-validation-indicators");

      browser.click(By.cssSelector("[ng-click='claim()']"));
      browser.waitUntilGone(By.cssSelector(".disabled-form"));
      browser.type(By.cssSelector("textarea[id$='Field_ValidationReason']"), REASON);
      choose(browser, "Field_SentBackIndicator", "3 – Soggetti inseriti nei progetti SPRAR");
      browser.snapshot("nucleo-validation-send-back-one-indicator");
      browser.click(COMPLETE);
      browser.waitUntil("the validation is completed", () -> openTasks().contains(TASK_REVISE_INDICATOR));
    }
    assertThat(openTasks()).containsExactly(TASK_REVISE_INDICATOR);

    String revision = task(TASK_REVISE_INDICATOR).getId();
    try (Browser browser = Browser.open()) {
      browser.logIn(tasklist() + "#/?task=" + revision, DIRIGENTE, PASSWORD);
      browser.waitFor(By.cssSelector("textarea[id$='Field_NucleoReason']"));
      assertThat(browser.waitFor(By.cssSelector("textarea[id$='Field_NucleoReason']")).getAttribute("value")).isEqualTo(REASON);
      assertThat(browser.pageText()).contains("Rivedere l'indicatore 3: Soggetti inseriti nei progetti SPRAR (" + code + ")",
          "Motivo del rinvio del Nucleo di Valutazione");
      assertThat(browser.waitFor(By.cssSelector("input[id$='Field_IndicatorActual']")).getAttribute("value")).isEqualTo("120");
      assertThat(browser.waitFor(By.cssSelector(".fjs-container")).getText()).as("the form says it is a revision")
          .startsWith("Rivedere l'indicatore rimandato dal Nucleo");
      browser.snapshot("dirigente-revises-the-indicator-sent-back");

      // What the form submits is the indicator's contract: the Nucleo's reason is shown, not sent back.
      browser.type(By.cssSelector("input[id$='Field_IndicatorActual']"), "80");
      browser.click(COMPLETE);
      browser.waitUntil("the revision is completed", () -> !openTasks().contains(TASK_REVISE_INDICATOR));
    }
    runDueJobs(instanceId);
    assertThat(openTasks()).as("rescored, back to the Nucleo").containsExactly(TASK_VALIDATE_REPORT);
    assertThat(detail().at("/indicators/2/actualValue").asText()).isEqualTo("80");
  }

  @Test
  void theDirigenteCorrectsThePhaseSentBackSeeingTheNucleosReasonAndWhatWasReported() {
    Browser.requireChromium();
    String reason = "La fase 4 risulta conclusa a novembre, al 100%";
    var sent = as(NUCLEO).postJson("/engine-rest/task/" + task(TASK_VALIDATE_REPORT).getId() + "/complete",
        java.util.Map.of("variables", java.util.Map.of(VALIDATION_APPROVED, java.util.Map.of("value", false),
            VALIDATION_REASON, java.util.Map.of("value", reason), SENT_BACK_PHASE, java.util.Map.of("value", "4"))));
    assertThat(sent.status()).as(sent.text()).isEqualTo(204);

    try (Browser browser = Browser.open()) {
      browser.logIn(tasklist() + "#/?task=" + task(TASK_REVISE_PHASE).getId(), DIRIGENTE, PASSWORD);
      browser.waitFor(By.cssSelector("textarea[id$='Field_NucleoReason']"));
      assertThat(browser.waitFor(By.cssSelector("textarea[id$='Field_NucleoReason']")).getAttribute("value")).isEqualTo(reason);
      assertThat(browser.pageText()).contains("Rivedere la fase 4: Ricerca finanziamenti dell'Unione europea nazionale e "
          + "regionale (" + code + ")");
      assertThat(browser.waitFor(By.cssSelector("input[id$='Field_PhaseCompletion']")).getAttribute("value")).isEqualTo("50");
      assertThat(browser.waitFor(By.cssSelector("input[id$='Field_PhaseActualEnd']")).getAttribute("value"))
          .isEqualTo("14/12/2017");
      assertThat(browser.waitFor(By.cssSelector("textarea[id$='Field_PhaseReport']")).getAttribute("value"))
          .isEqualTo("Relazione della fase 4");
      browser.snapshot("dirigente-revises-the-phase-sent-back");

      browser.type(By.cssSelector("input[id$='Field_PhaseCompletion']"), "100");
      browser.type(By.cssSelector("input[id$='Field_PhaseActualEnd']"), "30/11/2017");
      browser.click(COMPLETE);
      browser.waitUntil("the revision is completed", () -> !openTasks().contains(TASK_REVISE_PHASE));
    }
    runDueJobs(instanceId);
    assertThat(openTasks()).containsExactly(TASK_VALIDATE_REPORT);
    assertThat(detail().at("/phases/3/completion").decimalValue()).isEqualByComparingTo("100");
    assertThat(detail().at("/phases/3/actualEnd").asText()).isEqualTo("2017-11-30");
  }

  /** A form-js radio group: the option with this label. */
  private static void choose(Browser browser, String fieldId, String label) {
    browser.click(By.xpath("//*[contains(@id,'" + fieldId + "')]/ancestor::*[contains(@class,'fjs-form-field-radio')]"
        + "//label[normalize-space(.)='" + label + "']"));
  }

  private String tasklist() {
    return "http://localhost:" + port + "/camunda/app/tasklist/";
  }
}
