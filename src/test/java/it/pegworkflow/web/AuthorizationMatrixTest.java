package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.pegworkflow.process.ProcessConstants;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who sees and does what over {@code /engine-rest}, role by role, on the real Firenze sheet with
 * its phases open: the README's table of grants, checked as each user.
 */
class AuthorizationMatrixTest extends RunningApplication {

  @Autowired TaskService tasks;

  private String code;
  private String instanceId;

  @BeforeEach
  void importTheRealSheetWithItsPhasesOpen() {
    code = newCode();
    today("2017-03-15");
    var answer = as(CONTROLLO).postText("/api/objectives", realSheet(code));
    assertThat(answer.status()).isEqualTo(201);
    instanceId = answer.body().at("/objectives/0/processInstanceId").asText();
    runDueJobs(instanceId);
    for (String person : List.of("vernamarco", "bonannigiuseppina", "delmorosandra", "fotifilippo", "cavallerivincenzo")) {
      user(person);
    }
    user("nucleotest", ProcessConstants.NUCLEO_GROUP);
  }

  @Test
  void aResponsibleSeesOnlyTheirOwnPhases() {
    assertThat(visibleTaskAssignees("vernamarco")).containsExactly("vernamarco");
    assertThat(visibleTaskAssignees("bonannigiuseppina")).containsExactly("bonannigiuseppina", "bonannigiuseppina");
    assertThat(visibleTaskAssignees("delmorosandra")).containsExactly("delmorosandra");
    assertThat(visibleTaskAssignees("fotifilippo")).isEmpty();
    assertThat(visibleTaskAssignees(CONTROLLO)).hasSize(4);
    assertThat(visibleTaskAssignees(ADMIN)).hasSize(4);
  }

  @Test
  void aResponsibleCannotReadNorCompleteAnotherPersonsPhaseThoughInTheSameCentre() {
    String vernasTask = tasks.createTaskQuery().processInstanceId(instanceId).taskAssignee("vernamarco").singleResult().getId();

    assertThat(as("bonannigiuseppina").get("/engine-rest/task/" + vernasTask).status()).isIn(403, 404);
    var completion = as("bonannigiuseppina").postJson("/engine-rest/task/" + vernasTask + "/complete", Map.of("variables",
        Map.of("phaseCompletion", Map.of("value", 100), "phaseActualEnd", Map.of("value", "2017-03-15"))));
    assertThat(completion.status()).isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(vernasTask).count()).isEqualTo(1);
    assertThat(as("vernamarco").get("/engine-rest/task/" + vernasTask).status()).isEqualTo(200);
  }

  @Test
  void aTaskReleasedAndClaimedByAColleagueIsNoLongerThePreviousAssignees() {
    String hers = tasks.createTaskQuery().processInstanceId(instanceId).taskAssignee("bonannigiuseppina").list().get(0).getId();
    // only the controllo di gestione gives a task back to the office: a responsible may work it, not assign it
    assertThat(as("bonannigiuseppina").postJson("/engine-rest/task/" + hers + "/unclaim", Map.of()).status()).isEqualTo(403);
    assertThat(as("bonannigiuseppina").postJson("/engine-rest/task/" + hers + "/assignee", Map.of("userId", "vernamarco"))
        .status()).isEqualTo(403);
    assertThat(as(CONTROLLO).postJson("/engine-rest/task/" + hers + "/unclaim", Map.of()).status()).isEqualTo(204);
    assertThat(as("vernamarco").postJson("/engine-rest/task/" + hers + "/claim", Map.of("userId", "vernamarco")).status())
        .isEqualTo(204);

    assertThat(as("bonannigiuseppina").get("/engine-rest/task/" + hers).status()).isIn(403, 404);
    assertThat(as("bonannigiuseppina").get("/engine-rest/task/" + hers + "/variables").status()).isIn(403, 404);
    assertThat(list(as("bonannigiuseppina").get("/engine-rest/task?processInstanceBusinessKey=" + code)))
        .extracting(t -> t.get("id").asText()).doesNotContain(hers);
    var completion = as("bonannigiuseppina").postJson("/engine-rest/task/" + hers + "/complete", Map.of("variables",
        Map.of("phaseCompletion", Map.of("value", 100), "phaseActualEnd", Map.of("value", "2017-03-15"))));
    assertThat(completion.status()).isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(hers).singleResult().getAssignee()).isEqualTo("vernamarco");
    assertThat(as("vernamarco").get("/engine-rest/task/" + hers).status()).isEqualTo(200);
  }

  @Test
  void aTaskGivenToSomeoneElseIsNoLongerThePreviousAssignees() {
    String hers = tasks.createTaskQuery().processInstanceId(instanceId).taskAssignee("bonannigiuseppina").list().get(0).getId();
    assertThat(as(CONTROLLO).postJson("/engine-rest/task/" + hers + "/assignee", Map.of("userId", "delmorosandra")).status())
        .isEqualTo(204);

    assertThat(as("bonannigiuseppina").get("/engine-rest/task/" + hers).status()).isIn(403, 404);
    assertThat(as("bonannigiuseppina").postJson("/engine-rest/task/" + hers + "/complete", Map.of()).status()).isEqualTo(403);
    assertThat(as("delmorosandra").get("/engine-rest/task/" + hers).status()).isEqualTo(200);
  }

  @Test
  void aUserReadsAndChangesTheirOwnAccountButCannotDeleteIt() {
    String account = "/engine-rest/user/delmorosandra";
    assertThat(as("delmorosandra").get(account + "/profile").status()).isEqualTo(200);
    assertThat(as("delmorosandra").putJson(account + "/profile", Map.of("id", "delmorosandra", "firstName", "Sandra",
        "lastName", "Del Moro", "email", "sandra.delmoro@example.org")).status()).isEqualTo(204);
    var newPassword = as("delmorosandra").putJson(account + "/credentials",
        Map.of("password", "Nuova-Segreta-789", "authenticatedUserPassword", PASSWORD));
    assertThat(newPassword.status()).as(newPassword.text()).isEqualTo(204);
    var deletion = Api.as(port, "delmorosandra", "Nuova-Segreta-789").delete(account);
    user("delmorosandra");
    assertThat(deletion.status()).isEqualTo(403);
    assertThat(identity.createUserQuery().userId("delmorosandra").count()).isEqualTo(1);
    assertThat(as("delmorosandra").delete("/engine-rest/user/vernamarco").status()).isEqualTo(403);
  }

  @Test
  void theCockpitApiAnswersOnlyThoseWhoMayUseCockpit() {
    String statistics = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";
    assertThat(WebappSession.login(port, "vernamarco", PASSWORD, "tasklist").get(statistics).statusCode()).isEqualTo(403);
    assertThat(WebappSession.login(port, "vernamarco", PASSWORD, "tasklist")
        .get("/camunda/api/cockpit/plugin/base/default/process-instance/count").statusCode()).isEqualTo(403);
    assertThat(WebappSession.login(port, "fotifilippo", PASSWORD, "cockpit").get(statistics).statusCode()).isEqualTo(200);
    assertThat(WebappSession.login(port, CONTROLLO, PASSWORD, "cockpit").get(statistics).statusCode()).isEqualTo(200);
  }

  @Test
  void theDirigenteTheDirettoreAndTheNucleoSeeTheObjectiveButResponsiblesDoNot() {
    String query = "/engine-rest/process-instance?businessKey=" + code;
    assertThat(list(as("fotifilippo").get(query))).hasSize(1);
    assertThat(list(as("cavallerivincenzo").get(query))).hasSize(1);
    assertThat(list(as("nucleotest").get(query))).hasSize(1);
    assertThat(list(as(CONTROLLO).get(query))).hasSize(1);
    assertThat(list(as(ADMIN).get(query))).hasSize(1);
    assertThat(list(as("vernamarco").get(query))).isEmpty();
  }

  @Test
  void onlyTheControlloDiGestioneChangesARunningObjective() {
    String variable = "/engine-rest/process-instance/" + instanceId + "/variables/notaControllo";
    Map<String, Object> value = Map.of("value", "verificato", "type", "String");
    assertThat(as("fotifilippo").putJson(variable, value).status()).isEqualTo(403);
    assertThat(as("cavallerivincenzo").putJson(variable, value).status()).isEqualTo(403);
    assertThat(as("nucleotest").putJson(variable, value).status()).isEqualTo(403);
    assertThat(as("fotifilippo").delete("/engine-rest/process-instance/" + instanceId).status()).isEqualTo(403);
    assertThat(as("vernamarco").putJson(variable, value).status()).isEqualTo(403);
    assertThat(as(CONTROLLO).putJson(variable, value).status()).isEqualTo(204);
    assertThat(as(ADMIN).putJson(variable, value).status()).isEqualTo(204);
  }

  @Test
  void eachRoleReachesTheWebappsItNeeds() {
    assertThat(mayAccess("vernamarco", "tasklist")).isTrue();
    assertThat(mayAccess("vernamarco", "cockpit")).isFalse();
    assertThat(mayAccess("fotifilippo", "cockpit")).isTrue();
    assertThat(mayAccess("cavallerivincenzo", "cockpit")).isTrue();
    assertThat(mayAccess("nucleotest", "cockpit")).isTrue();
    assertThat(mayAccess("nucleotest", "admin")).isFalse();
    assertThat(mayAccess(CONTROLLO, "admin")).isTrue();
    assertThat(mayAccess(ADMIN, "cockpit")).isTrue();
    assertThat(mayAccess(ADMIN, "admin")).isTrue();
  }

  @Test
  void theApiShowsAnObjectiveToWhoeverWorksOnItOrFollowsItOnly() {
    String path = "/api/objectives/" + code;
    assertThat(as("vernamarco").get(path).status()).as("a responsible of one of its phases").isEqualTo(200);
    assertThat(as("fotifilippo").get(path).status()).as("its Dirigente").isEqualTo(200);
    assertThat(as("nucleotest").get(path).status()).as("the Nucleo").isEqualTo(200);
    user("estraneo");
    assertThat(as("estraneo").get(path).status()).as("someone unrelated").isEqualTo(404);
    assertThat(as("estraneo").get("/api/objectives").body()).isEmpty();
    assertThat(as("vernamarco").get("/api/objectives").body()).extracting(o -> o.get("code").asText()).contains(code);
  }

  @Test
  void everyoneReadsTheSharedFilters() {
    var names = new ArrayList<String>();
    list(as("vernamarco").get("/engine-rest/filter")).forEach(f -> names.add(f.get("name").asText()));
    assertThat(names).contains("I miei compiti", "Le mie fasi", "Fasi del mio ufficio", "In ritardo", "Da rendicontare", "Da validare");
  }

  private List<String> visibleTaskAssignees(String user) {
    var assignees = new ArrayList<String>();
    list(as(user).get("/engine-rest/task?processInstanceBusinessKey=" + code)).forEach(t -> assignees.add(t.get("assignee").asText()));
    return assignees;
  }

  private boolean mayAccess(String user, String application) {
    var answer = as(user).get("/engine-rest/authorization/check?permissionName=ACCESS&resourceName=application"
        + "&resourceType=0&resourceId=" + application);
    return list(answer).get("authorized").asBoolean();
  }

  private static JsonNode list(Api.Answer answer) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    return answer.body();
  }
}
