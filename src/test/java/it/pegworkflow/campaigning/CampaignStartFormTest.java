package it.pegworkflow.campaigning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The start form sends exactly what the start accepts; the configured days are read or refused in Italian. */
class CampaignStartFormTest {

  @Test
  void theStartFormSubmitsExactlyTheFieldsTheStartAccepts() throws Exception {
    Set<String> submitted = new HashSet<>();
    JsonNode form = new ObjectMapper().readTree(Files.readString(Path.of("processes", "CampaignStart.form")));
    for (JsonNode component : form.path("components")) {
      if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)) {
        submitted.add(component.path("key").asText());
      }
      assertThat(component.has("validate")).as("no English check of the form's own: " + component.path("id")).isFalse();
    }
    assertThat(submitted).isEqualTo(CampaignStart.FORM_FIELDS);
  }

  @Test
  void theConfiguredDaysAreDaysOfTheYear() {
    assertThat(ScheduledCampaigns.dates("")).isEmpty();
    assertThat(ScheduledCampaigns.dates(" --06-30 ,--09-30,")).containsExactly(MonthDay.of(6, 30), MonthDay.of(9, 30));
    assertThatThrownBy(() -> ScheduledCampaigns.dates("--06-30,06-30"))
        .hasMessage("peg.monitoring.dates: «06-30» non è un giorno dell'anno nella forma --mm-gg (per esempio --06-30)");
    assertThatThrownBy(() -> ScheduledCampaigns.dates("--02-30")).hasMessageContaining("«--02-30»");
  }
}
