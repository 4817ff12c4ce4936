package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.process.ProcessConstants;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The people of the sheets log in with their directory password, checked by a bind at each login
 * and never stored: on {@code /api}, on {@code /engine-rest} and in the webapps' login form. A wrong
 * password, a disabled or removed account and a directory that is down each get their answer; the
 * local administrator gets in whatever the directory does.
 */
class DirectoryLoginTest extends WithDirectory {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Test
  void aPersonOfTheSheetLogsInWithTheDirectoryPasswordWhichIsNeverStored() {
    String code = imported();

    User verna = identity.createUserQuery().userId("mverna").singleResult();
    assertThat(verna.getPassword()).as("no password of Camunda's").isNull();

    Api.Answer objective = asInDirectory("mverna").get("/api/objectives/" + code);
    assertThat(objective.status()).as(objective.text()).isEqualTo(200);
    assertThat(objective.body().at("/phases/0/responsibleId").asText()).isEqualTo("mverna");
    Api.Answer tasks = asInDirectory("mverna").get(engineRest("/task?processInstanceBusinessKey=" + code));
    assertThat(tasks.status()).as(tasks.text()).isEqualTo(200);
    assertThat(tasks.body()).isNotEmpty().allSatisfy(task -> assertThat(task.path("assignee").asText()).isEqualTo("mverna"));
    assertThat(webappLogin("mverna", DIRECTORY_PASSWORD)).isEqualTo(200);
  }

  @Test
  void aWrongDirectoryPasswordIs401AndSlowsTheAccountDownLikeACamundaPassword() {
    imported();

    assertThat(Api.as(port, "mverna", "Sbagliata-123").get("/api/objectives").status()).isEqualTo(401);
    Api.Answer engine = Api.as(port, "mverna", "Sbagliata-123").get(engineRest("/task"));
    assertThat(engine.status()).isEqualTo(401);
    assertThat(asInDirectory("mverna").get("/api/objectives").status())
        .as("Camunda's delay after a failed login holds for directory accounts too").isEqualTo(401);
    identity.unlockUser("mverna");
    assertThat(asInDirectory("mverna").get("/api/objectives").status()).isEqualTo(200);
    assertThat(webappLogin("mverna", "Sbagliata-123")).isEqualTo(401);
  }

  @Test
  void anAccountDisabledOrRemovedInTheDirectoryNoLongerLogsIn() {
    imported();
    assertThat(asInDirectory("gbonanni").get("/api/objectives").status()).isEqualTo(200);

    DIRECTORY.disable("gbonanni");

    assertThat(asInDirectory("gbonanni").get("/api/objectives").status()).isEqualTo(401);
    assertThat(asInDirectory("gbonanni").get(engineRest("/task")).status()).isEqualTo(401);
    identity.unlockUser("gbonanni");
    assertThat(webappLogin("gbonanni", DIRECTORY_PASSWORD)).isEqualTo(401);

    DIRECTORY.remove("sdelmoro");
    assertThat(asInDirectory("sdelmoro").get("/api/objectives").status()).isEqualTo(401);
    assertThat(identity.createUserQuery().userId("sdelmoro").count()).as("her tasks stay where they are").isOne();
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void theDirectoryDownIs503ForItsPeopleWithAWarnAndTheLocalAdministratorStillGetsIn(CapturedOutput log) {
    imported();
    DIRECTORY.down();

    Api.Answer api = asInDirectory("mverna").get("/api/objectives");
    assertThat(api.status()).isEqualTo(503);
    assertThat(api.body().path("title").asText()).isEqualTo("Elenco del personale non raggiungibile");
    assertThat(api.body().path("detail").asText()).contains("non risponde", "Riprovare fra qualche minuto");
    HttpResponse<String> engine = get(engineRest("/task"), "mverna", DIRECTORY_PASSWORD);
    assertThat(engine.statusCode()).isEqualTo(503);
    assertThat(engine.headers().firstValue("Retry-After")).hasValue("30");
    assertThat(engine.headers().firstValue("WWW-Authenticate")).as("no password prompt: the password may be right").isEmpty();
    assertThat(engine.body()).contains("Elenco del personale non raggiungibile");
    assertThat(webappLogin("mverna", DIRECTORY_PASSWORD)).isEqualTo(503);

    assertThat(as(ADMIN).get("/api/objectives").status()).isEqualTo(200);
    assertThat(as(ADMIN).get(engineRest("/task")).status()).isEqualTo(200);
    assertThat(webappLogin(ADMIN, PASSWORD)).isEqualTo(200);
    assertThat(Api.as(port, ADMIN, "Sbagliata-123").get("/api/objectives").status()).as("a local wrong password").isEqualTo(401);
    assertThat(log.getOut()).contains("WARN").contains("Directory unavailable, login of mverna not checked")
        .doesNotContain(" ERROR ");

    DIRECTORY.up();
    assertThat(asInDirectory("mverna").get("/api/objectives").status())
        .as("the outage counted as no failed login: no delay").isEqualTo(200);
  }

  @Test
  void aDirectoryEntryWithTheLoginNameOfALocalUserNeverLogsInAsThatUser() {
    assertThat(Api.as(port, ADMIN, "Impostore-Comunale-1").get("/api/objectives").status()).isEqualTo(401);
    assertThat(webappLogin(ADMIN, "Impostore-Comunale-1")).isEqualTo(401);
    identity.unlockUser(ADMIN);
    assertThat(as(ADMIN).get("/api/objectives").status()).isEqualTo(200);
  }

  @Test
  void aDirectoryAccountIsGivenNoCamundaPassword() {
    imported();

    Api.Answer own = asInDirectory("mverna").putJson(engineRest("/user/mverna/credentials"),
        Map.of("password", "Una-Sua-Password-9", "authenticatedUserPassword", DIRECTORY_PASSWORD));
    Api.Answer byAdministrator = as(ADMIN).putJson(engineRest("/user/mverna/credentials"),
        Map.of("password", "Una-Sua-Password-9", "authenticatedUserPassword", PASSWORD));

    assertThat(own.status()).as(own.text()).isEqualTo(400);
    assertThat(own.body().path("message").asText()).contains("è quella dell'elenco del personale del Comune");
    assertThat(byAdministrator.status()).as(byAdministrator.text()).isEqualTo(400);
    assertThat(Api.as(port, "mverna", "Una-Sua-Password-9").get("/api/objectives").status()).isEqualTo(401);
    identity.unlockUser("mverna");
    assertThat(asInDirectory("mverna").get("/api/objectives").status()).isEqualTo(200);
  }

  @Test
  void aDirectoryGroupMakesAMemberOfTheNucleoAtTheFirstLoginAndLeavingItEndsTheRole() {
    String code = imported();

    Api.Answer objective = asInDirectory("gneri").get("/api/objectives/" + code);

    assertThat(objective.status()).as(objective.text()).isEqualTo(200);
    User neri = identity.createUserQuery().userId("gneri").singleResult();
    assertThat(neri.getEmail()).isEqualTo("giulia.neri@comune.example.it");
    assertThat(neri.getPassword()).isNull();
    assertThat(identity.createUserQuery().userId("gneri").memberOfGroup(ProcessConstants.NUCLEO_GROUP).count()).isOne();

    DIRECTORY.leaveGroups("gneri");
    assertThat(asInDirectory("gneri").get("/api/objectives/" + code).status()).as("no longer the Nucleo's").isEqualTo(404);
    assertThat(identity.createUserQuery().userId("gneri").memberOfGroup(ProcessConstants.NUCLEO_GROUP).count()).isZero();

    assertThat(asInDirectory("pgalli").get("/api/objectives").status())
        .as("someone the sheets never named and no directory group grants a role to").isEqualTo(401);
    assertThat(identity.createUserQuery().userId("pgalli").count()).isZero();
  }

  /** The seed sheet imported on 15 March 2017 by the controllo di gestione (a local user), its running phases open. */
  private String imported() {
    String code = newCode();
    today("2017-03-15");
    Api.Answer answer = as(CONTROLLO).postText("/api/objectives", realSheet(code));
    assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    runDueJobs(answer.body().at("/objectives/0/processInstanceId").asText());
    return code;
  }

  /** The status of the webapps' login form (Tasklist) for {@code user}. */
  private int webappLogin(String user, String password) {
    return WebappSession.loginAnswer(port, engineName(), user, password, "tasklist").statusCode();
  }

  private HttpResponse<String> get(String path, String user, String password) {
    String credentials = java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + credentials).GET());
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
