package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How often a person gets e-mail: their own choice, or an administrator's for them. */
class NotificationsApiTest extends RunningApplication {

  @Test
  void aPersonReadsAndChangesHowOftenTheyAreTold() {
    user("notifyme");

    var before = as("notifyme").get("/api/me/notifications");
    assertThat(before.status()).isEqualTo(200);
    assertThat(before.body().get("userId").asText()).isEqualTo("notifyme");
    assertThat(before.body().get("frequency").asText()).isEqualTo("DAILY_DIGEST");
    assertThat(before.body().get("chosen").asBoolean()).isFalse();

    var changed = as("notifyme").putJson("/api/me/notifications", Map.of("frequency", "IMMEDIATE"));
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    assertThat(changed.body().get("frequency").asText()).isEqualTo("IMMEDIATE");
    var after = as("notifyme").get("/api/me/notifications").body();
    assertThat(after.get("frequency").asText()).isEqualTo("IMMEDIATE");
    assertThat(after.get("chosen").asBoolean()).isTrue();
  }

  @Test
  void anythingButTheOneFieldWithOneOfItsValuesIsRefusedInItalianAndChangesNothing() {
    user("notifyhostile");
    as("notifyhostile").putJson("/api/me/notifications", Map.of("frequency", "NONE"));

    var unknownValue = as("notifyhostile").putJson("/api/me/notifications", Map.of("frequency", "SOMETIMES"));
    assertThat(unknownValue.status()).isEqualTo(400);
    assertThat(unknownValue.body().get("detail").asText()).isEqualTo("Frequenza delle e-mail non valida: «SOMETIMES»."
        + " Valori ammessi: IMMEDIATE (ogni avviso subito), DAILY_DIGEST (un riepilogo al giorno), NONE (nessuna e-mail)");
    var extraField = as("notifyhostile").putJson("/api/me/notifications", Map.of("frequency", "IMMEDIATE", "email", "x@y.z"));
    assertThat(extraField.status()).isEqualTo(400);
    assertThat(extraField.body().get("detail").asText()).contains("Campi non previsti: [email]");
    var notJson = as("notifyhostile").postText("/api/me/notifications", "IMMEDIATE");
    assertThat(notJson.status()).isIn(400, 405, 415);
    var notAnObject = as("notifyhostile").putJson("/api/me/notifications", "IMMEDIATE");
    assertThat(notAnObject.status()).isEqualTo(400);
    assertThat(notAnObject.body().get("detail").asText()).startsWith("Si attende un oggetto JSON");
    var missing = as("notifyhostile").putJson("/api/me/notifications", Map.of());
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body().get("detail").asText()).startsWith("Frequenza delle e-mail non valida: nessun valore");

    assertThat(as("notifyhostile").get("/api/me/notifications").body().get("frequency").asText()).isEqualTo("NONE");
    assertThat(anonymous().get("/api/me/notifications").status()).isEqualTo(401);
  }

  @Test
  void anAdministratorSetsItForSomebodyElseAndNobodyElseDoes() {
    user("notifyother");
    user("notifynosy");

    var nosy = as("notifynosy").putJson("/api/users/notifyother/notifications", Map.of("frequency", "NONE"));
    assertThat(nosy.status()).isEqualTo(403);
    assertThat(nosy.body().get("detail").asText()).contains("Solo un amministratore");
    assertThat(as("notifynosy").get("/api/users/notifyother/notifications").status()).isEqualTo(403);

    var set = as(ADMIN).putJson("/api/users/notifyother/notifications", Map.of("frequency", "NONE"));
    assertThat(set.status()).as(set.text()).isEqualTo(200);
    assertThat(as("notifyother").get("/api/me/notifications").body().get("frequency").asText()).isEqualTo("NONE");
    assertThat(as(ADMIN).get("/api/users/notifyother/notifications").body().get("chosen").asBoolean()).isTrue();

    var unknown = as(ADMIN).putJson("/api/users/nobodyatall/notifications", Map.of("frequency", "NONE"));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body().get("detail").asText()).isEqualTo("Nessun utente con id «nobodyatall»");
  }
}
