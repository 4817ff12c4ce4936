package it.pegworkflow.web;

import it.pegworkflow.monitoring.MonitoringQueries;
import it.pegworkflow.monitoring.Reader;
import it.pegworkflow.process.ObjectiveVisibility;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** The reader of the current request, for {@link Reader}'s rule: two engine queries and one of ours, whatever the list. */
@Component
class Readers {

  private final ObjectiveVisibility visibility;
  private final MonitoringQueries queries;
  private final IdentityService identity;

  Readers(ObjectiveVisibility visibility, MonitoringQueries queries, IdentityService identity) {
    this.visibility = visibility;
    this.queries = queries;
    this.identity = identity;
  }

  Reader current() {
    var authentication = identity.getCurrentAuthentication();
    if (authentication == null) {
      return Reader.nobody();
    }
    var visible = visibility.forCurrentUser();
    String userId = authentication.getUserId();
    return new Reader(userId, visible.all(), visible.processInstanceIds(),
        visible.all() ? Set.of() : queries.codesWithResponsible(userId));
  }
}
