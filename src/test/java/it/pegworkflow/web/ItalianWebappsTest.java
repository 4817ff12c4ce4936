package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The login page and the webapps speak Italian whatever the browser's language. Camunda's apps pick
 * the browser's first language when their served {@code config.js} lists it among the available
 * locales, else the fallback: the rule below is theirs (camunda-*-bootstrap.js, 7.24).
 */
class ItalianWebappsTest extends RunningApplication {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final Pattern AVAILABLE = Pattern.compile("^\\s*availableLocales:\\s*\\[([^\\]]*)\\]", Pattern.MULTILINE);
  private static final Pattern FALLBACK = Pattern.compile("^\\s*fallbackLocale:\\s*'([a-z]+)'", Pattern.MULTILINE);

  @Test
  void everyAppIsItalianForAnEnglishAGermanAndAnItalianBrowser() throws Exception {
    for (String app : List.of("welcome", "tasklist", "cockpit", "admin")) {
      HttpResponse<String> config = get("/camunda/app/" + app + "/scripts/config.js");
      assertThat(config.statusCode()).as(app).isEqualTo(200);
      for (String browser : List.of("en-US", "en", "de-DE", "it-IT")) {
        assertThat(languageFor(config.body(), browser)).as(app + " for a browser in " + browser).isEqualTo("it");
      }
      assertThat(get("/camunda/app/" + app + "/locales/it.json").statusCode()).as(app + " Italian texts").isEqualTo(200);
    }
  }

  /** Camunda's «È il momento di passare a Camunda 8» is hidden in every app by its user styles. */
  @Test
  void noAppShowsTheCamunda8Banner() throws Exception {
    for (String app : List.of("welcome", "tasklist", "cockpit", "admin")) {
      HttpResponse<String> styles = get("/camunda/app/" + app + "/styles/user-styles.css");
      assertThat(styles.statusCode()).as(app).isEqualTo(200);
      assertThat(styles.body().replaceAll("\\s+", " ")).as(app)
          .contains("[cam-widget-header] .ce-eol-banner { display: none !important; }");
    }
  }

  /** The root page: the product and the municipality in Italian, the way to Tasklist and Cockpit, for any browser. */
  @Test
  void theRootPageNamesTheProductAndTheCityInItalian() throws Exception {
    HttpResponse<String> root = get("/");
    assertThat(root.statusCode()).isEqualTo(200);
    assertThat(root.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(root.body()).contains("<html lang=\"it\">", "PEG Workflow", "Comune di Prova",
        "href=\"/camunda/app/tasklist/\"", "href=\"/camunda/app/cockpit/\"").doesNotContain("Welcome");
  }

  private static String languageFor(String config, String browserLanguage) {
    Matcher available = AVAILABLE.matcher(config);
    Matcher fallback = FALLBACK.matcher(config);
    String fallbackLocale = fallback.find() ? fallback.group(1) : "en";
    List<String> locales = available.find()
        ? Arrays.stream(available.group(1).split(",")).map(l -> l.strip().replace("'", "")).toList() : List.of("en");
    String language = browserLanguage.split("-")[0].toLowerCase();
    return locales.contains(language) ? language : fallbackLocale;
  }

  private HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept-Language", "en-US,en;q=0.9").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
