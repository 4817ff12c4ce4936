package it.pegworkflow.web;

import it.pegworkflow.importing.ObjectiveImport;
import it.pegworkflow.monitoring.MonitoringQueries;
import it.pegworkflow.monitoring.Reader;
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
  private final MonitoringQueries queries;
  private final ImportPermission permission;
  private final Readers readers;

  ObjectiveController(ObjectiveImport objectiveImport, MonitoringQueries queries, ImportPermission permission,
      Readers readers) {
    this.objectiveImport = objectiveImport;
    this.queries = queries;
    this.permission = permission;
    this.readers = readers;
  }

  /** An empty body is an empty sheet: the parser says so in Italian, with the other sheet errors. */
  @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
  ResponseEntity<Map<String, List<ObjectiveImport.Imported>>> importSheet(@RequestBody(required = false) byte[] sheet) {
    permission.check();
    var imported = objectiveImport.importSheet(sheet == null ? new byte[0] : sheet);
    URI location = URI.create("/api/objectives/" + imported.get(0).code());
    return ResponseEntity.created(location).body(Map.of("objectives", imported));
  }

  /** The objectives the user may read, each as they may see it ({@link Reader}). */
  @GetMapping
  List<ObjectiveSummary> list() {
    Reader reader = readers.current();
    return queries.objectives().stream().filter(reader::mayRead).map(reader::seen).map(ObjectiveSummary::of).toList();
  }

  /** An objective the user may not read answers as one that does not exist. */
  @GetMapping("/{code}")
  ObjectiveDetail show(@PathVariable String code) {
    Reader reader = readers.current();
    var objective = queries.objective(code).filter(reader::mayRead).orElseThrow(() -> new UnknownObjective(code));
    return ObjectiveDetail.of(reader, objective, queries.phases(code), queries.indicators(code));
  }
}
