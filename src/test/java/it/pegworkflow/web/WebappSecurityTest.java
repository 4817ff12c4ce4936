package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Camunda's webapps keep their CSRF protection, their session cookie settings and their login. */
class WebappSecurityTest extends RunningApplication {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Test
  void theWebappApiAnswers401BeforeLogin() throws Exception {
    for (String path : List.of("/camunda/api/engine/engine/default/task", "/camunda/api/engine/engine/default/user",
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
        "/camunda/api/admin/auth/user/default")) {
      assertThat(send(get(path)).statusCode()).as(path).isIn(401, 404).isEqualTo(path.endsWith("/default") ? 404 : 401);
    }
  }

  @Test
  void aWebappPostWithoutTheCsrfTokenIsRefusedAndWithItGoesThrough() throws Exception {
    HttpResponse<String> page = send(get("/camunda/app/tasklist/"));
    Map<String, String> cookies = cookies(page.headers().allValues("Set-Cookie"));
    assertThat(cookies).containsKeys("XSRF-TOKEN", "JSESSIONID");
    String sessionCookie = page.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    assertThat(sessionCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    String cookieHeader = "JSESSIONID=" + cookies.get("JSESSIONID") + "; XSRF-TOKEN=" + cookies.get("XSRF-TOKEN");

    HttpResponse<String> withoutToken = send(login(cookieHeader).build());
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.headers().firstValue("X-XSRF-TOKEN").orElse("")).isEqualTo("Required");

    HttpResponse<String> withToken = send(login(cookieHeader).header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN")).build());
    // With the token the CSRF filter lets the request through to the login itself.
    assertThat(withToken.headers().firstValue("X-XSRF-TOKEN")).isEmpty();
  }

  @Test
  void theWebappsSendTheirSecurityHeaders() throws Exception {
    HttpResponse<String> page = send(get("/camunda/app/tasklist/"));
    assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  private HttpRequest.Builder login(String cookieHeader) {
    String form = "username=" + CONTROLLO + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
    return HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookieHeader)
        .POST(HttpRequest.BodyPublishers.ofString(form));
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(uri(path)).GET().build();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static Map<String, String> cookies(List<String> setCookies) {
    return setCookies.stream().map(c -> c.split(";", 2)[0].split("=", 2))
        .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1], (a, b) -> b));
  }
}
