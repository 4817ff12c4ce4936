package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Dirigente reopens a completed phase of his objective before the reporting starts, and the
 * trail says who did what (docs/process.md, "Reopening a phase"; docs/monitoring.md, "The trail").
 * Marco Verna has completed his phase; Giuseppina Bonanni still works on hers.
 */
class PhaseReopeningTest extends AColleagueHasReported {

  @Test
  void theDirigenteReopensACompletedPhaseWhichGoesBackToItsResponsibleWithItsValues() {
    int phase = phaseOf(COLLEAGUE);

    Api.Answer reopened = as(DIRIGENTE).postJson(reopening(phase), Map.of("reason", "La data di fine è sbagliata"));

    assertThat(reopened.status()).as(reopened.text()).isEqualTo(200);
    var task = tasks.createTaskQuery().processInstanceId(instanceId).taskAssignee(COLLEAGUE).singleResult();
    assertThat(task).as("the phase's task is back with Marco Verna").isNotNull();
    assertThat(tasks.getVariables(task.getId())).containsEntry("phaseCompletion", 100.0)
        .hasEntrySatisfying("phaseReport", report -> assertThat(report.toString()).contains(marker));
    JsonNode seen = phaseSeenBy(DIRIGENTE, phase);
    assertThat(seen.path("state").asText()).isEqualTo("RUNNING");
    assertThat(seen.path("completion").isNull()).as("no final completion until concluded again").isTrue();
    assertThat(seen.path("actualEnd").isNull()).isTrue();

    List<String> trail = lines(as(DIRIGENTE).get("/api/objectives/" + code + "/trail").body());
    assertThat(trail).anySatisfy(line -> assertThat(line).startsWith("Marco Verna ha concluso la fase " + phase)
        .contains("Completamento (%): 100", "Data di fine effettiva: 15/03/2017", marker));
    assertThat(trail).anySatisfy(line -> assertThat(line)
        .isEqualTo("Filippo Foti ha riaperto la fase " + phase + " | Motivo della riapertura: La data di fine è sbagliata"));
    assertThat(trail.indexOf(trail.stream().filter(l -> l.contains("riaperto")).findFirst().orElseThrow()))
        .as("in the order things happened").isGreaterThan(trail.indexOf(
            trail.stream().filter(l -> l.contains("ha concluso")).findFirst().orElseThrow()));
  }

  @Test
  void onlyTheObjectivesDirigenteMayReopenAndThoseWhoMayNotSeeItAreToldItDoesNotExist() {
    int phase = phaseOf(COLLEAGUE);
    for (String person : List.of(COLLEAGUE, RESPONSIBLE, DIRETTORE, NUCLEO)) {
      Api.Answer refused = as(person).postJson(reopening(phase), Map.of("reason", "Da rivedere"));
      assertThat(refused.status()).as(person + ": " + refused.text()).isEqualTo(403);
      assertThat(refused.body().path("detail").asText())
          .isEqualTo("Solo il Dirigente dell'obiettivo (FOTI FILIPPO) o un amministratore può riaprire una fase");
    }
    user("estraneo");
    assertThat(as("estraneo").postJson(reopening(phase), Map.of("reason", "Da rivedere")).status()).isEqualTo(404);
    assertThat(as("estraneo").get("/api/objectives/" + code + "/trail").status()).isEqualTo(404);
    assertThat(tasks.createTaskQuery().processInstanceId(instanceId).taskAssignee(COLLEAGUE).count()).isZero();
  }

  @Test
  void aReopeningNeedsAReasonAPhaseThatExistsAndIsCompletedAndAReportingNotYetStarted() {
    int phase = phaseOf(COLLEAGUE);
    expect(as(DIRIGENTE).postJson(reopening(phase), Map.of()), 400, "Manca il campo obbligatorio «Motivo della riapertura» (reason)");
    expect(as(DIRIGENTE).postJson(reopening(phase), Map.of("reason", "   ")), 400, "Manca il campo obbligatorio «Motivo della riapertura» (reason)");
    expect(as(DIRIGENTE).postJson(reopening(phase), Map.of("reason", 12)), 400, "Motivo della riapertura (reason): deve essere un testo");
    expect(as(DIRIGENTE).postJson(reopening(phase), Map.of("reason", "x".repeat(4001))), 400,
        "Motivo della riapertura (reason): al massimo 4000 caratteri");
    expect(as(DIRIGENTE).postJson("/api/objectives/" + code + "/phases/99/reopening", Map.of("reason", "x")), 404,
        "L'obiettivo " + code + " non ha una fase 99");
    expect(as(DIRIGENTE).postJson("/api/objectives/NESSUNO/phases/1/reopening", Map.of("reason", "x")), 404,
        "Nessun obiettivo con codice NESSUNO");
    int running = phaseOf(RESPONSIBLE);
    expect(as(DIRIGENTE).postJson(reopening(running), Map.of("reason", "x")), 409,
        "La fase " + running + " non è completata: la si aggiorna o la si conclude dal suo compito, non si riapre");

    today("2018-02-01");
    runDueJobs(instanceId);
    expect(as(DIRIGENTE).postJson(reopening(phase), Map.of("reason", "Troppo tardi")), 409,
        "La rendicontazione dell'obiettivo " + code + " è già iniziata: la fase " + phase + " non si può più riaprire");
  }

  @Test
  void theCockpitSessionPostsAReopeningFromThePluginsScriptAndNothingElse() {
    int phase = phaseOf(COLLEAGUE);
    WebappSession cockpit = WebappSession.login(port, DIRIGENTE, PASSWORD, "cockpit");
    String reason = "{\"reason\": \"Data da correggere\"}";
    Map<String, String> json = Map.of("Content-Type", "application/json");
    Map<String, String> script = Map.of("Content-Type", "application/json", "X-Requested-With", "XMLHttpRequest");

    assertThat(cockpit.post(reopening(phase), reason, json)).as("a form could post this").isEqualTo(401);
    assertThat(cockpit.post(reopening(phase), reason, Map.of("Content-Type", "text/plain", "X-Requested-With", "XMLHttpRequest")))
        .isEqualTo(401);
    assertThat(cockpit.post("/api/objectives", realSheet(newCode()), Map.of("Content-Type", "text/plain",
        "X-Requested-With", "XMLHttpRequest"))).as("importing from the script is the controllo's").isEqualTo(403);
    assertThat(cockpit.post(reopening(phase), reason, script)).isEqualTo(200);
    assertThat(tasks.createTaskQuery().processInstanceId(instanceId).taskAssignee(COLLEAGUE).count()).isEqualTo(1);
  }

  @Test
  void theTrailShowsAResponsibleOnlyHisOwnPhasesAndTheDirigenteTheCommentsOnThem() {
    var herTask = tasks.createTaskQuery().processInstanceId(instanceId).taskAssignee(RESPONSIBLE).list().get(0);
    identity.setAuthenticatedUserId(RESPONSIBLE);
    try {
      tasks.createComment(herTask.getId(), instanceId, "Attendo i dati dalla Prefettura");
    } finally {
      identity.clearAuthentication();
    }

    List<String> seenByTheDirigente = lines(as(DIRIGENTE).get("/api/objectives/" + code + "/trail").body());
    List<String> seenByTheNucleo = lines(as(NUCLEO).get("/api/objectives/" + code + "/trail").body());
    List<String> seenByHer = lines(as(RESPONSIBLE).get("/api/objectives/" + code + "/trail").body());

    assertThat(seenByTheDirigente).anySatisfy(line -> assertThat(line).contains(marker))
        .anySatisfy(line -> assertThat(line).startsWith("Giuseppina Bonanni ha commentato della fase")
            .endsWith("Commento: Attendo i dati dalla Prefettura"));
    assertThat(seenByTheNucleo).isEqualTo(seenByTheDirigente);
    assertThat(seenByHer).as("a colleague's report is not hers to read").noneSatisfy(line -> assertThat(line).contains(marker))
        .anySatisfy(line -> assertThat(line).contains("Attendo i dati dalla Prefettura"));
  }

  private String reopening(int phase) {
    return "/api/objectives/" + code + "/phases/" + phase + "/reopening";
  }

  private int phaseOf(String responsible) {
    for (JsonNode phase : as(DIRIGENTE).get("/api/objectives/" + code).body().path("phases")) {
      if (phase.path("responsibleId").asText().equals(responsible)) {
        return phase.path("number").asInt();
      }
    }
    throw new AssertionError("no phase of " + responsible);
  }

  private JsonNode phaseSeenBy(String reader, int number) {
    return as(reader).get("/api/objectives/" + code).body().path("phases").get(number - 1);
  }

  /** Each entry as a person reads it: who, what, which phase, then what was entered. */
  private static List<String> lines(JsonNode trail) {
    List<String> lines = new ArrayList<>();
    for (JsonNode entry : trail) {
      StringBuilder line = new StringBuilder(entry.path("actor").asText() + " " + entry.path("action").asText());
      if (!entry.path("phase").isNull() && !entry.path("action").asText().contains("fase")) {
        line.append(" della fase");
      }
      if (!entry.path("phase").isNull()) {
        line.append(" ").append(entry.path("phase").asInt());
      }
      for (JsonNode value : entry.path("values")) {
        line.append(" | ").append(value.path("label").asText()).append(": ").append(value.path("value").asText());
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private static void expect(Api.Answer answer, int status, String detail) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(status);
    assertThat(answer.body().path("detail").asText()).isEqualTo(detail);
  }
}
