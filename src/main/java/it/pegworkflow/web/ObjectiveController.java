package it.pegworkflow.web;

import it.pegworkflow.process.ObjectiveImport;
import it.pegworkflow.process.ObjectiveVisibility;
import it.pegworkflow.store.ObjectiveRow;
import it.pegworkflow.store.ObjectiveStore;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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

  /** The objectives the user may see: in Cockpit (by the engine's grants) or as a phase's responsible. */
  @GetMapping
  List<ObjectiveSummary> list() {
    var readable = readable();
    return store.objectives().stream().filter(readable).map(ObjectiveSummary::of).toList();
  }

  /** An objective the user may not see answers as one that does not exist. */
  @GetMapping("/{code}")
  ObjectiveDetail show(@PathVariable String code) {
    var objective = store.objective(code).filter(readable()).orElseThrow(() -> new UnknownObjective(code));
    return ObjectiveDetail.of(objective, store.phases(code), store.indicators(code));
  }

  private Predicate<ObjectiveRow> readable() {
    var visible = visibility.forCurrentUser();
    if (visible.all()) {
      return objective -> true;
    }
    Set<String> responsibleFor = store.codesWithResponsible(identity.getCurrentAuthentication().getUserId());
    return objective -> visible.includes(objective.processInstanceId()) || responsibleFor.contains(objective.code());
  }
}
