package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The slow-down per client address (peg.security.login) counts a directory account's wrong
 * passwords like anybody's, and does not count the logins the directory could not check. Small
 * settings: 3 free failures, then a minute.
 */
@TestPropertySource(properties = {"peg.security.login.free-failures=3", "peg.security.login.delay=1m",
    "peg.security.login.max-delay=2m", "peg.security.login.forget-after=1h"})
class DirectoryLoginThrottlingTest extends WithDirectory {

  @Test
  void anOutageIsNoFailedLoginButWrongDirectoryPasswordsMakeTheAddressWait() {
    as(CONTROLLO).postText("/api/objectives", realSheet(newCode()));
    DIRECTORY.down();
    for (int attempt = 1; attempt <= 6; attempt++) {
      assertThat(asInDirectory("mverna").get("/api/objectives").status()).as("attempt " + attempt).isEqualTo(503);
      assertThat(asInDirectory("mverna").get(engineRest("/task")).status()).as("attempt " + attempt).isEqualTo(503);
    }
    DIRECTORY.up();
    assertThat(asInDirectory("mverna").get("/api/objectives").status()).as("the address does not wait").isEqualTo(200);

    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(Api.as(port, "gbonanni", "Sbagliata-" + attempt).get("/api/objectives").status())
          .as("wrong password " + attempt).isEqualTo(401);
    }
    Api.Answer waiting = asInDirectory("mverna").get("/api/objectives");
    assertThat(waiting.status()).as(waiting.text()).isEqualTo(429);
    assertThat(waiting.body().path("detail").asText()).startsWith("Troppi accessi non riusciti da questo indirizzo");
  }
}
