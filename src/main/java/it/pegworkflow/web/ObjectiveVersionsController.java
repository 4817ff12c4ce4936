package it.pegworkflow.web;

import it.pegworkflow.monitoring.MonitoringQueries;
import it.pegworkflow.monitoring.PlanVersions;
import it.pegworkflow.monitoring.Reader;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The versions of an objective's plan: the baseline (as first imported) and each act that changed it,
 * with its diff. Read by whoever may read the objective ({@link Reader}): those who follow it (its
 * Dirigente and Direttore, the Nucleo, the controllo di gestione, the administrators) and the
 * responsibles of its phases, since the plan is theirs to see too; anyone else gets 404 as for an
 * unknown objective.
 */
@RestController
class ObjectiveVersionsController {

  private final MonitoringQueries queries;
  private final Readers readers;

  ObjectiveVersionsController(MonitoringQueries queries, Readers readers) {
    this.queries = queries;
    this.readers = readers;
  }

  @GetMapping("/api/objectives/{code}/versions")
  PlanVersions versions(@PathVariable String code) {
    Reader reader = readers.current();
    var objective = queries.objective(code).filter(reader::mayRead).orElseThrow(() -> new UnknownObjective(code));
    return PlanVersions.of(objective.code(), queries.importedAt(code).orElse(null), queries.phases(code),
        queries.indicators(code), queries.planChanges(code));
  }
}
