package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * A page of another site cannot write through the credentials the browser holds for PEG Workflow,
 * and what {@code /api} sends (JSON, SVG, spreadsheets) is never sniffed, cached or run as a page.
 */
class ApiBrowserSafetyTest extends RunningApplication {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Test
  void aForeignPagesFormPostingASheetIsRefusedAndImportsNothing() throws Exception {
    String code = newCode();

    HttpResponse<String> answer = send(importing(code).header("Origin", "https://altro-sito.example")
        .header("Sec-Fetch-Site", "cross-site").build());

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
    assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(answer.body()).contains("un altro sito");
    assertThat(processInstances(code)).isZero();
  }

  @Test
  void aBrowserThatSendsOnlySecFetchSiteIsJudgedByIt() throws Exception {
    String code = newCode();

    HttpResponse<String> sameSite = send(importing(code).header("Sec-Fetch-Site", "same-site").build());
    HttpResponse<String> opaque = send(importing(code).header("Origin", "null").build());

    assertThat(sameSite.statusCode()).isEqualTo(403);
    assertThat(opaque.statusCode()).isEqualTo(403);
    assertThat(processInstances(code)).isZero();
  }

  @Test
  void ourOwnPagesAndClientsWithoutABrowserStillImport() throws Exception {
    String fromOurPage = newCode();
    String fromCurl = newCode();

    HttpResponse<String> page = send(importing(fromOurPage).header("Origin", "http://localhost:" + port)
        .header("Sec-Fetch-Site", "same-origin").build());
    HttpResponse<String> curl = send(importing(fromCurl).build());

    assertThat(page.statusCode()).as(page.body()).isEqualTo(201);
    assertThat(curl.statusCode()).as(curl.body()).isEqualTo(201);
  }

  @Test
  void apiAnswersAndDownloadsCarrySecurityHeaders() throws Exception {
    for (String path : new String[] {"/api/objectives", "/api/reports/2017.csv", "/api/reports/2017.xlsx",
        "/api/objectives/NESSUNO"}) {
      HttpResponse<String> answer = send(authorised(path).GET().build());
      assertThat(answer.statusCode()).as(path).isIn(200, 404);
      assertSecurityHeaders(answer, path);
    }
    HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/api/objectives")).GET().build());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertSecurityHeaders(anonymous, "401");
  }

  private static void assertSecurityHeaders(HttpResponse<String> answer, String what) {
    assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
    assertThat(answer.headers().firstValue("Cache-Control")).as(what).contains("no-store");
    assertThat(answer.headers().firstValue("Content-Security-Policy").orElse("")).as(what)
        .contains("default-src 'none'").contains("frame-ancestors 'none'");
  }

  private HttpRequest.Builder importing(String code) {
    return authorised("/api/objectives").header("Content-Type", "text/plain;charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(realSheet(code), StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder authorised(String path) {
    String credentials = Base64.getEncoder().encodeToString((CONTROLLO + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + credentials);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
