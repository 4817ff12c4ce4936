package it.pegworkflow.web;

import it.pegworkflow.process.ObjectiveImport;
import it.pegworkflow.process.ObjectiveVisibility;
import it.pegworkflow.store.ObjectiveRow;
import it.pegworkflow.store.ObjectiveStore;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Imports PEG sheets and shows the objectives with their progress. */
@RestController
@RequestMapping("/api/objectives")
class ObjectiveController {

  private final ObjectiveImport objectiveImport;
  private final ObjectiveStore store;
  private final ImportPermission permission;
  private final ObjectiveVisibility visibility;
  private final IdentityService identity;

  ObjectiveController(ObjectiveImport objectiveImport, ObjectiveStore store, ImportPermission permission,
      ObjectiveVisibility visibility, IdentityService identity) {
    this.objectiveImport = objectiveImport;
    this.store = store;
    this.permission = permission;
    this.visibility = visibility;
    this.identity = identity;
  }

  /** An empty body is an empty sheet: the parser says so in Italian, with the other sheet errors. */
  @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
  ResponseEntity<Map<String, List<ObjectiveImport.Imported>>> importSheet(@RequestBody(required = false) byte[] sheet) {
    permission.check();
    var imported = objectiveImport.importSheet(sheet == null ? new byte[0] : sheet);
    URI location = URI.create("/api/objectives/" + imported.get(0).code());
    return ResponseEntity.created(location).body(Map.of("objectives", imported));
  }

  /**
   * The objectives the user may see: in Cockpit (by the engine's grants) or as a phase's responsible,
   * who does not see their results.
   */
  @GetMapping
  List<ObjectiveSummary> list() {
    var reader = reader();
    return store.objectives().stream().filter(reader::mayRead)
        .map(o -> ObjectiveSummary.of(reader.follows(o) ? o : ObjectiveDetail.withoutResults(o))).toList();
  }

  /** An objective the user may not see answers as one that does not exist. */
  @GetMapping("/{code}")
  ObjectiveDetail show(@PathVariable String code) {
    var reader = reader();
    var objective = store.objective(code).filter(reader::mayRead).orElseThrow(() -> new UnknownObjective(code));
    return reader.follows(objective) ? ObjectiveDetail.of(objective, store.phases(code), store.indicators(code))
        : ObjectiveDetail.ofResponsible(objective, store.phases(code), store.indicators(code), reader.userId());
  }

  private Reader reader() {
    var visible = visibility.forCurrentUser();
    String userId = identity.getCurrentAuthentication().getUserId();
    return new Reader(visible, userId, visible.all() ? Set.of() : store.codesWithResponsible(userId));
  }

  /**
   * Who reads: those who follow an objective (the engine lets them read its process instance) read
   * all of it; a responsible of one of its phases reads the plan and their own phases only.
   */
  private record Reader(ObjectiveVisibility.Visible visible, String userId, Set<String> responsibleFor) {

    boolean follows(ObjectiveRow objective) {
      return visible.includes(objective.processInstanceId());
    }

    boolean mayRead(ObjectiveRow objective) {
      return follows(objective) || responsibleFor.contains(objective.code());
    }
  }
}
