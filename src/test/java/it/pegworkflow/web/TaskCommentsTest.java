package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A responsible comments on his phase in Tasklist and reads the comments back, though he has no
 * right on the engine's history; colleagues cannot, and the objective's Dirigente reads the comment
 * in the trail (docs/security.md, "Comments on a task").
 */
class TaskCommentsTest extends RunningApplication {

  private static final String COLLEAGUE = "bonannigiuseppina";
  private static final String NOT_FOUND = "Compito inesistente, o non visibile all'utente";

  @Autowired TaskService tasks;

  @Test
  void aResponsibleCommentsHisPhaseInTasklistReadsItBackAndTheDirigenteReadsItInTheTrail() {
    TaskContractTest.PhaseTask phase = TaskContractTest.vernasPhase(this);
    WebappSession tasklist = WebappSession.login(port, "vernamarco", PASSWORD);

    Api.Answer created = tasklist.postToEngine("/task/" + phase.id() + "/comment/create",
        "{\"message\": \"Attendo i dati dalla Prefettura\"}");

    assertThat(created.status()).as(created.text()).isEqualTo(200);
    assertThat(created.body().path("message").asText()).isEqualTo("Attendo i dati dalla Prefettura");
    assertThat(created.body().path("userId").asText()).isEqualTo("vernamarco");
    assertThat(created.body().path("taskId").asText()).isEqualTo(phase.id());
    assertThat(created.body().path("processInstanceId").asText())
        .as("on the objective, though Tasklist sends no processInstanceId").isEqualTo(phase.instanceId());
    assertThat(created.body().path("links").get(0).path("href").asText())
        .endsWith("/task/" + phase.id() + "/comment/" + created.body().path("id").asText());

    JsonNode inTasklist = json(tasklist.get("/camunda/api/engine/engine/default/task/" + phase.id() + "/comment").body());
    assertThat(inTasklist).hasSize(1);
    assertThat(inTasklist.get(0).path("message").asText()).isEqualTo("Attendo i dati dalla Prefettura");
    assertThat(inTasklist.get(0).path("time").asText()).as("Camunda's date format").matches("\\d{4}-\\d\\d-\\d\\dT.*[+-]\\d{4}");

    Api.Answer overRest = phase.verna().postJson(phase.path() + "/comment/create", Map.of("message", "Dati arrivati"));
    assertThat(overRest.status()).as(overRest.text()).isEqualTo(200);
    JsonNode both = phase.verna().get(phase.path() + "/comment").body();
    assertThat(both).extracting(c -> c.path("message").asText())
        .containsExactlyInAnyOrder("Attendo i dati dalla Prefettura", "Dati arrivati");
    String commentId = created.body().path("id").asText();
    assertThat(phase.verna().get(phase.path() + "/comment/" + commentId).body().path("message").asText())
        .isEqualTo("Attendo i dati dalla Prefettura");

    user("fotifilippo");
    JsonNode readByTheDirigente = as("fotifilippo").get(phase.path() + "/comment").body();
    assertThat(readByTheDirigente).as("he reads his objective's tasks in the history").hasSize(2);
    JsonNode trail = as("fotifilippo").get("/api/objectives/" + phase.code() + "/trail").body();
    JsonNode comment = null;
    for (JsonNode entry : trail) {
      if (entry.path("action").asText().equals("ha commentato")
          && entry.path("values").get(0).path("value").asText().equals("Attendo i dati dalla Prefettura")) {
        comment = entry;
      }
    }
    assertThat(comment).as("the comment in the Dirigente's trail: " + trail).isNotNull();
    assertThat(comment.path("actor").asText()).isEqualTo("Marco Verna");
    assertThat(comment.path("phase").asInt()).isEqualTo(1);
    assertThat(comment.path("phaseName").asText()).isNotBlank();
    assertThat(comment.path("values").get(0).path("label").asText()).isEqualTo("Commento");

    // Part of the record: nobody changes or deletes a comment, not even the controllo di gestione.
    for (Api api : List.of(phase.verna(), as("fotifilippo"), as(CONTROLLO))) {
      Api.Answer changed = api.putJson(phase.path() + "/comment", Map.of("id", commentId, "message", "Cambiato"));
      assertThat(changed.status()).as(changed.text()).isEqualTo(403);
      assertThat(changed.text()).contains("non si modificano e non si cancellano");
      assertThat(api.delete(phase.path() + "/comment/" + commentId).status()).isEqualTo(403);
      assertThat(api.delete("/engine-rest/process-instance/" + phase.instanceId() + "/comment").status()).isEqualTo(403);
    }
    assertThat(phase.verna().get(phase.path() + "/comment").body()).extracting(c -> c.path("message").asText())
        .containsExactlyInAnyOrder("Attendo i dati dalla Prefettura", "Dati arrivati");
  }

  @Test
  void aColleagueCanNeitherReadNorCommentAPhaseNotHisAndIsToldItDoesNotExist() {
    TaskContractTest.PhaseTask phase = TaskContractTest.vernasPhase(this);
    phase.verna().postJson(phase.path() + "/comment/create", Map.of("message", "Solo per chi lavora la fase"));
    user(COLLEAGUE);
    Api colleague = as(COLLEAGUE);
    WebappSession herTasklist = WebappSession.login(port, COLLEAGUE, PASSWORD);
    String webapps = "/camunda/api/engine/engine/default/task/";

    for (String task : List.of(phase.id(), "nessuncompito")) {
      Api.Answer read = colleague.get("/engine-rest/task/" + task + "/comment");
      Api.Answer written = colleague.postJson("/engine-rest/task/" + task + "/comment/create", Map.of("message", "Curiosa"));
      var readInTasklist = herTasklist.get(webapps + task + "/comment");
      Api.Answer writtenInTasklist = herTasklist.postToEngine("/task/" + task + "/comment/create", "{\"message\": \"Curiosa\"}");
      assertThat(read.status()).as(task + ": " + read.text()).isEqualTo(404);
      assertThat(read.body().path("message").asText()).isEqualTo(NOT_FOUND);
      assertThat(written.status()).as(task + ": " + written.text()).isEqualTo(404);
      assertThat(written.body().path("message").asText()).isEqualTo(NOT_FOUND);
      assertThat(readInTasklist.statusCode()).as(task + ": " + readInTasklist.body()).isEqualTo(404);
      assertThat(readInTasklist.body()).isEqualTo(read.text());
      assertThat(writtenInTasklist.status()).isEqualTo(404);
      assertThat(writtenInTasklist.text()).isEqualTo(written.text());
    }
    Api.Answer withMatrix = colleague.postJson("/engine-rest/task/" + phase.id() + ";x=1/comment/create", Map.of("message", "Curiosa"));
    assertThat(withMatrix.status()).as(withMatrix.text()).isEqualTo(404);
    String commentId = tasks.getTaskComments(phase.id()).get(0).getId();
    assertThat(colleague.get("/engine-rest/task/" + phase.id() + "/comment/" + commentId).status()).isEqualTo(404);
    assertThat(tasks.getTaskComments(phase.id())).hasSize(1);
  }

  @Test
  void anEmptyOrTooLongCommentIsRefusedInItalianAndNothingIsKept() {
    TaskContractTest.PhaseTask phase = TaskContractTest.vernasPhase(this);
    WebappSession tasklist = WebappSession.login(port, "vernamarco", PASSWORD);
    Map<String, String> wrong = new LinkedHashMap<>();
    wrong.put("{\"message\": \"\"}", "Commento: il testo è vuoto");
    wrong.put("{\"message\": \"   \\n \"}", "Commento: il testo è vuoto");
    wrong.put("{}", "Commento: il testo è vuoto");
    wrong.put("{\"message\": 12}", "Commento (message): deve essere un testo");
    wrong.put("{\"message\": \"" + "è".repeat(4001) + "\"}", "Commento: al massimo 4.000 caratteri (ne ha 4.001)");
    wrong.put("{\"message\": \"ciao\\u0000\"}", "Commento: contiene caratteri di controllo");
    wrong.put("{\"message\": \"ciao\", \"userId\": \"fotifilippo\"}",
        "Commento: il campo «userId» non è previsto (si invia solo message)");
    wrong.put("{\"message\": \"ciao\", \"processInstanceId\": \"altro\"}",
        "Commento: processInstanceId «altro» non è l'obiettivo del compito");
    wrong.put("[\"ciao\"]", "Commento: si invia un oggetto JSON come {\"message\": \"…\"}");
    wrong.put("ciao", "Commento: si invia un oggetto JSON come {\"message\": \"…\"}");

    wrong.forEach((body, message) -> {
      Api.Answer refused = tasklist.postToEngine("/task/" + phase.id() + "/comment/create", body);
      assertThat(refused.status()).as(body.substring(0, Math.min(60, body.length())) + ": " + refused.text()).isEqualTo(400);
      assertThat(refused.body().path("message").asText()).isEqualTo(message);
    });
    assertThat(tasks.getTaskComments(phase.id())).isEmpty();

    Api.Answer longest = tasklist.postToEngine("/task/" + phase.id() + "/comment/create",
        "{\"message\": \"" + "è".repeat(4000) + "\", \"processInstanceId\": \"" + phase.instanceId() + "\"}");
    assertThat(longest.status()).as(longest.text()).isEqualTo(200);
    assertThat(tasks.getTaskComments(phase.id()).get(0).getFullMessage()).hasSize(4000);
  }

  private static JsonNode json(String text) {
    try {
      return Api.JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
