package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every password set, by an administrator or by users on their own account, follows Camunda's policy. */
class PasswordPolicyTest extends RunningApplication {

  @Test
  void usersCannotGiveThemselvesAWeakPassword() {
    user("debolezza");
    for (String weak : new String[] {"", "a", "demo", "password123", "Debolezza-123456"}) {
      Api.Answer answer = as("debolezza").putJson("/engine-rest/user/debolezza/credentials",
          Map.of("password", weak, "authenticatedUserPassword", PASSWORD));
      assertThat(answer.status()).as("«" + weak + "»: " + answer.text()).isEqualTo(400);
      assertThat(answer.body().path("message").asText()).startsWith("La password non rispetta la politica delle password");
    }
    assertThat(identity.checkPassword("debolezza", PASSWORD)).as("the old password still works").isTrue();

    Api.Answer strong = as("debolezza").putJson("/engine-rest/user/debolezza/credentials",
        Map.of("password", "Nuova-Segreta-42", "authenticatedUserPassword", PASSWORD));
    assertThat(strong.status()).as(strong.text()).isEqualTo(204);
    assertThat(identity.checkPassword("debolezza", "Nuova-Segreta-42")).isTrue();
    user("debolezza");
  }

  @Test
  void anAdministratorCannotCreateAUserWithAWeakPassword() {
    Api.Answer weak = as(CONTROLLO).postJson("/engine-rest/user/create", Map.of(
        "profile", Map.of("id", "nuovoutente", "firstName", "Nuovo", "lastName", "Utente"),
        "credentials", Map.of("password", "12345")));

    assertThat(weak.status()).as(weak.text()).isEqualTo(400);
    assertThat(identity.createUserQuery().userId("nuovoutente").count()).isZero();
  }

  @Test
  void thePolicyIsCamundasBuiltInOne() {
    Api.Answer policy = as(CONTROLLO).get("/engine-rest/identity/password-policy");

    assertThat(policy.status()).isEqualTo(200);
    assertThat(policy.body().path("rules").findValuesAsText("placeholder")).contains("PASSWORD_POLICY_LENGTH",
        "PASSWORD_POLICY_UPPERCASE", "PASSWORD_POLICY_LOWERCASE", "PASSWORD_POLICY_DIGIT", "PASSWORD_POLICY_SPECIAL",
        "PASSWORD_POLICY_USER_DATA");
  }
}
