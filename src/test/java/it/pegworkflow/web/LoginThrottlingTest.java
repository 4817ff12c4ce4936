package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.process.ProcessHarness;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Wrong passwords slow an account and an address down, on every way in, and lock nothing for good.
 * Small settings for the address (3 free failures, then 1 minute, at most 2), and the engine's clock
 * moved instead of waiting: Camunda's own delay per account reads the same clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "peg.security.login.free-failures=3", "peg.security.login.delay=1m", "peg.security.login.max-delay=2m",
    "peg.security.login.forget-after=1h"})
@ActiveProfiles("test")
class LoginThrottlingTest {

  private static final String PASSWORD = "Segreta-123";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ProcessHarness.resetClock();
  }

  @Test
  void wrongPasswordsSlowAnAccountDownButNeverLockItForGood() throws Exception {
    user("bersaglio");
    Instant time = Instant.now();
    // More than Camunda's default limit of 10, each after the previous delay is over.
    for (int attempt = 1; attempt <= 12; attempt++) {
      time = time.plus(Duration.ofMinutes(10));
      at(time);
      assertThat(api("bersaglio", "Sbagliata-1", "/api/objectives").statusCode()).as("attempt " + attempt).isEqualTo(401);
    }
    assertThat(identity.checkPassword("bersaglio", PASSWORD)).as("right after a failure the account waits").isFalse();

    at(time.plus(Duration.ofMinutes(3)));
    HttpResponse<String> right = api("bersaglio", PASSWORD, "/api/objectives");
    assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
  }

  @Test
  void anAddressThatKeepsFailingWaitsOnEveryWayInBeforeItsNextLogin() throws Exception {
    user("tentativi");
    user("collega");
    Instant time = Instant.now().plus(Duration.ofDays(1));
    at(time);
    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(api("tentativi", "Sbagliata-" + attempt, "/api/objectives").statusCode()).isEqualTo(401);
    }

    HttpResponse<String> waiting = api("collega", PASSWORD, "/api/objectives");
    assertThat(waiting.statusCode()).isEqualTo(429);
    assertThat(waiting.headers().firstValue("Retry-After")).contains("60");
    assertThat(waiting.body()).contains("Troppi accessi non riusciti da questo indirizzo");
    assertThat(api("collega", PASSWORD, "/engine-rest/engine/" + engine.getName() + "/user").statusCode()).isEqualTo(429);
    assertThat(webappLogin("collega", PASSWORD).statusCode()).isEqualTo(429);
    assertThat(send(HttpRequest.newBuilder(uri("/api/objectives"))).statusCode()).as("no login, no wait").isEqualTo(401);

    at(time.plus(Duration.ofSeconds(61)));
    assertThat(api("collega", PASSWORD, "/api/objectives").statusCode()).isEqualTo(200);
  }

  @Test
  void failedLoginsOnTheWebappsFormCountToo() throws Exception {
    user("modulo");
    Instant time = Instant.now().plus(Duration.ofDays(2));
    at(time);
    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(webappLogin("modulo", "Sbagliata-" + attempt).statusCode()).isEqualTo(401);
    }

    assertThat(api("modulo", PASSWORD, "/api/objectives").statusCode()).isEqualTo(429);
  }

  private void user(String id) {
    User user = identity.newUser(id);
    user.setFirstName("Prova");
    user.setLastName(id);
    user.setPassword(PASSWORD);
    identity.saveUser(user);
  }

  private static void at(Instant time) {
    ClockUtil.setCurrentTime(Date.from(time));
  }

  private HttpResponse<String> api(String user, String password, String path) throws Exception {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + credentials)
        .header("Accept", "application/json"));
  }

  /** Camunda's login form, with the session and CSRF token its page gives. */
  private HttpResponse<String> webappLogin(String user, String password) throws Exception {
    HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/camunda/app/welcome/" + engine.getName() + "/")));
    var cookies = page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList();
    String token = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow().substring(11);
    String form = "username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/" + engine.getName() + "/login/welcome"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", String.join("; ", cookies))
        .header("X-XSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
