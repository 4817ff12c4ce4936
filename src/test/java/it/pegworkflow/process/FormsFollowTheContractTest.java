package it.pegworkflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tasklist submits every keyed field of a Camunda Form that is not disabled (read-only ones too):
 * each form submits exactly its task's contract, so what a person fills in is never refused.
 */
class FormsFollowTheContractTest {

  private static final Map<String, String> FORMS = Map.of(
      ProcessConstants.TASK_COMPLETE_PHASE, "CompletePhase.form",
      ProcessConstants.TASK_URGE_LATE_PHASE, "UrgeLatePhase.form",
      ProcessConstants.TASK_RECORD_INDICATOR, "RecordIndicator.form",
      ProcessConstants.TASK_REVISE_INDICATOR, "RecordIndicator.form",
      ProcessConstants.TASK_REVISE_PHASE, "RevisePhase.form",
      ProcessConstants.TASK_JUSTIFY_DEVIATION, "JustifyDeviation.form",
      ProcessConstants.TASK_VALIDATE_REPORT, "ValidateReport.form",
      CampaignConstants.TASK_REPORT_PROGRESS, "CampaignProgress.form",
      CampaignConstants.TASK_REVIEW_OBJECTIVE, "CampaignReview.form",
      CampaignConstants.TASK_CLOSE_CAMPAIGN, "CampaignClose.form");

  @Test
  void eachFormSubmitsExactlyTheVariablesOfItsTasksContract() throws Exception {
    assertThat(FORMS.keySet()).isEqualTo(TaskContract.TASKS.keySet());
    for (var form : FORMS.entrySet()) {
      List<String> submitted = new ArrayList<>();
      collect(new ObjectMapper().readTree(Files.readString(Path.of("processes", form.getValue()))), submitted);
      assertThat(submitted).as(form.getValue()).containsExactlyElementsOf(
          TaskContract.TASKS.get(form.getKey()).fields().stream().map(TaskContract.Field::name).toList());
    }
  }

  /**
   * Camunda Forms' own checks (required, min, max, pattern, lengths) and its number fields speak
   * English («Field is required.», «Value is not a number.») and grey out *Completa* without a word
   * of Italian: the task listeners check everything, and Tasklist shows their Italian message.
   */
  @Test
  void noFormChecksOnItsOwnInEnglish() throws Exception {
    for (String form : FORMS.values()) {
      List<String> checked = new ArrayList<>();
      components(new ObjectMapper().readTree(Files.readString(Path.of("processes", form))), component -> {
        boolean editable = !component.path("disabled").asBoolean(false) && component.hasNonNull("key");
        if (component.has("validate") || editable && "number".equals(component.path("type").asText())) {
          checked.add(component.path("id").asText());
        }
      });
      assertThat(checked).as(form + ": fields checked by the form itself, in English").isEmpty();
    }
  }

  private static void components(JsonNode container, java.util.function.Consumer<JsonNode> each) {
    for (JsonNode component : container.path("components")) {
      each.accept(component);
      components(component, each);
    }
  }

  private static void collect(JsonNode container, List<String> submitted) {
    for (JsonNode component : container.path("components")) {
      if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)) {
        submitted.add(component.path("key").asText());
      }
      collect(component, submitted);
    }
  }
}
