package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.PegApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A first start without {@code PEG_ADMIN_*}: nobody can make themselves administrator through
 * Camunda's setup page, in the default profile and in production, unless the operator opens it.
 */
class SetupPageTest {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Test
  void anAnonymousVisitorCannotCreateTheFirstAdministratorByDefault() throws Exception {
    try (var app = start("test")) {
      assertSetupClosed(app);
    }
  }

  @Test
  void norInProduction() throws Exception {
    try (var app = start("test", "prod")) {
      assertSetupClosed(app);
    }
  }

  @Test
  void theOperatorMayOpenItOnPurpose() throws Exception {
    try (var app = start("test", "--peg.security.setup-page-open=true")) {
      HttpResponse<String> created = createAdministrator(app);

      assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
      assertThat(administrators(app)).isEqualTo(1);
    }
  }

  private static void assertSetupClosed(ConfigurableApplicationContext app) throws Exception {
    HttpResponse<String> created = createAdministrator(app);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(403);
    assertThat(created.body()).contains("La pagina di primo avvio di Camunda è chiusa").contains("PEG_ADMIN_USER");
    assertThat(administrators(app)).isZero();
    assertThat(app.getBean(IdentityService.class).createUserQuery().userId("intruso").count()).isZero();

    HttpResponse<String> page = send(app, HttpRequest.newBuilder(uri(app, "/camunda/app/admin/" + engine(app) + "/setup/")));
    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("PEG_ADMIN_PASSWORD");
  }

  /** What the setup page's form sends, with the CSRF token any visitor gets from the first page. */
  private static HttpResponse<String> createAdministrator(ConfigurableApplicationContext app) throws Exception {
    HttpResponse<String> first = send(app, HttpRequest.newBuilder(uri(app, "/camunda/app/welcome/" + engine(app) + "/")));
    List<String> cookies = first.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList();
    String token = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow().substring(11);
    String user = """
        {"profile":{"id":"intruso","firstName":"Intruso","lastName":"Anonimo","email":"intruso@example.org"},
         "credentials":{"password":"Segreta-123"}}""";
    return send(app, HttpRequest.newBuilder(uri(app, "/camunda/api/admin/setup/" + engine(app) + "/user/create"))
        .header("Content-Type", "application/json").header("Cookie", String.join("; ", cookies))
        .header("X-XSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.ofString(user)));
  }

  private static long administrators(ConfigurableApplicationContext app) {
    return app.getBean(IdentityService.class).createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count();
  }

  /** No administrator in the environment, whatever the machine running the tests has. */
  private static ConfigurableApplicationContext start(String... profilesAndArguments) {
    List<String> profiles = List.of(profilesAndArguments).stream().filter(a -> !a.startsWith("--")).toList();
    List<String> arguments = new java.util.ArrayList<>(List.of("--server.port=0", "--spring.jmx.enabled=false",
        "--peg.admin.user=", "--peg.admin.password="));
    List.of(profilesAndArguments).stream().filter(a -> a.startsWith("--")).forEach(arguments::add);
    return new SpringApplicationBuilder(PegApplication.class).profiles(profiles.toArray(String[]::new))
        .run(arguments.toArray(String[]::new));
  }

  private static String engine(ConfigurableApplicationContext app) {
    return app.getBean(ProcessEngine.class).getName();
  }

  private static URI uri(ConfigurableApplicationContext app, String path) {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    return URI.create("http://localhost:" + port + path);
  }

  private static HttpResponse<String> send(ConfigurableApplicationContext app, HttpRequest.Builder request)
      throws Exception {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
