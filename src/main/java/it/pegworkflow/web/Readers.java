package it.pegworkflow.web;

import it.pegworkflow.monitoring.MonitoringQueries;
import it.pegworkflow.monitoring.Reader;
import it.pegworkflow.platform.CurrentUser;
import it.pegworkflow.access.ObjectiveVisibility;
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
    var user = CurrentUser.of(identity);
    if (user.isEmpty()) {
      return Reader.nobody();
    }
    var visible = visibility.forCurrentUser();
    String userId = user.get().id();
    return new Reader(userId, visible.all(), visible.processInstanceIds(),
        visible.all() ? Set.of() : queries.codesWithResponsible(userId));
  }
}
