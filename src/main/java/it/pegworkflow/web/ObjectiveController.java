package it.pegworkflow.web;

import it.pegworkflow.process.ObjectiveImport;
import it.pegworkflow.store.ObjectiveStore;
import java.net.URI;
import java.util.List;
import java.util.Map;
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

  ObjectiveController(ObjectiveImport objectiveImport, ObjectiveStore store, ImportPermission permission) {
    this.objectiveImport = objectiveImport;
    this.store = store;
    this.permission = permission;
  }

  /** An empty body is an empty sheet: the parser says so in Italian, with the other sheet errors. */
  @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
  ResponseEntity<Map<String, List<ObjectiveImport.Imported>>> importSheet(@RequestBody(required = false) byte[] sheet) {
    permission.check();
    var imported = objectiveImport.importSheet(sheet == null ? new byte[0] : sheet);
    URI location = URI.create("/api/objectives/" + imported.get(0).code());
    return ResponseEntity.created(location).body(Map.of("objectives", imported));
  }

  @GetMapping
  List<ObjectiveSummary> list() {
    return store.objectives().stream().map(ObjectiveSummary::of).toList();
  }

  @GetMapping("/{code}")
  ObjectiveDetail show(@PathVariable String code) {
    var objective = store.objective(code).orElseThrow(() -> new UnknownObjective(code));
    return ObjectiveDetail.of(objective, store.phases(code), store.indicators(code));
  }
}
