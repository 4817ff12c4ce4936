package it.pegworkflow.web;

import it.pegworkflow.monitoring.MonitoredObjective;
import it.pegworkflow.monitoring.MonitoredPhase;
import it.pegworkflow.monitoring.MonitoringQueries;
import it.pegworkflow.monitoring.Reader;
import it.pegworkflow.platform.CurrentUser;
import it.pegworkflow.process.ObjectiveTrail;
import it.pegworkflow.process.PhaseReopening;
import it.pegworkflow.process.ReopeningRefused;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who did what on an objective (the trail, for those who may read it: {@link Reader}), and the
 * reopening of a completed phase by the objective's Dirigente (or an administrator) before the
 * reporting starts.
 */
@RestController
@RequestMapping("/api/objectives/{code}")
class ObjectiveTrailController {

  private final MonitoringQueries queries;
  private final Readers readers;
  private final ObjectiveTrail trail;
  private final PhaseReopening reopening;
  private final IdentityService identity;

  ObjectiveTrailController(MonitoringQueries queries, Readers readers, ObjectiveTrail trail, PhaseReopening reopening,
      IdentityService identity) {
    this.queries = queries;
    this.readers = readers;
    this.trail = trail;
    this.reopening = reopening;
    this.identity = identity;
  }

  /** A trail entry with the phase's name; entries of phases the reader does not follow are left out. */
  record TrailEntry(java.time.Instant at, String actor, String action, Integer phase, String phaseName, Integer indicator,
      String task, List<ObjectiveTrail.Value> values) {}

  @GetMapping("/trail")
  List<TrailEntry> trail(@PathVariable String code) {
    Reader reader = readers.current();
    MonitoredObjective objective = readable(code, reader);
    Map<Integer, MonitoredPhase> phases = queries.phases(code).stream()
        .collect(Collectors.toMap(MonitoredPhase::number, Function.identity()));
    if (objective.processInstanceId() == null) {
      return List.of();
    }
    return trail.of(objective.processInstanceId()).stream()
        .filter(e -> reader.follows(objective)
            || e.phase() != null && phases.containsKey(e.phase()) && reader.seesHowItWent(objective, phases.get(e.phase())))
        .map(e -> new TrailEntry(e.at(), e.actor(), e.action(), e.phase(),
            e.phase() == null || !phases.containsKey(e.phase()) ? null : phases.get(e.phase()).name(), e.indicator(),
            e.task(), e.values()))
        .toList();
  }

  /** Body: {@code {"reason": "…"}}. The phase's task goes back to its responsible with its values. */
  @PostMapping(path = "/phases/{number}/reopening", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> reopen(@PathVariable String code, @PathVariable String number,
      @RequestBody(required = false) Map<String, Object> body) {
    Reader reader = readers.current();
    MonitoredObjective objective = readable(code, reader);
    MonitoredPhase phase = queries.phases(code).stream().filter(p -> String.valueOf(p.number()).equals(number)).findFirst()
        .orElseThrow(() -> new ReopeningRefused404(code, number));
    String user = CurrentUser.of(identity).map(CurrentUser::id).orElse("");
    boolean administrator = CurrentUser.of(identity).map(u -> u.memberOfAny(List.of(Groups.CAMUNDA_ADMIN))).orElse(false);
    if (!user.equals(objective.managerId()) && !administrator) {
      throw new ReopeningNotAllowed(objective.manager());
    }
    Object reason = body == null ? null : body.get("reason");
    if (reason != null && !(reason instanceof String)) {
      throw new ReopeningBadRequest("Motivo della riapertura (reason): deve essere un testo");
    }
    reopening.reopen(code, phase.number(), (String) reason, user);
    return Map.of("code", code, "phase", phase.number(), "reopenedBy", user, "reason", ((String) reason).strip());
  }

  private MonitoredObjective readable(String code, Reader reader) {
    return queries.objective(code).filter(reader::mayRead).orElseThrow(() -> new UnknownObjective(code));
  }

  /** Only the objective's Dirigente (or an administrator) reopens its phases. */
  static class ReopeningNotAllowed extends RuntimeException {
    ReopeningNotAllowed(String manager) {
      super("Solo il Dirigente dell'obiettivo (" + manager + ") o un amministratore può riaprire una fase");
    }
  }

  static class ReopeningRefused404 extends RuntimeException {
    ReopeningRefused404(String code, String number) {
      super("L'obiettivo " + code + " non ha una fase " + it.pegworkflow.platform.RefusedCommand.clip(number));
    }
  }

  static class ReopeningBadRequest extends RuntimeException {
    ReopeningBadRequest(String message) {
      super(message);
    }
  }
}
