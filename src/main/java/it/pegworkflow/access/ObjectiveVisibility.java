package it.pegworkflow.access;

import static it.pegworkflow.process.ProcessConstants.*;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import it.pegworkflow.platform.CurrentUser;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Which objectives the current user may see, decided by the engine's authorizations: the process
 * instances they may read, running (PROCESS_INSTANCE READ) or finished (HISTORIC_PROCESS_INSTANCE
 * READ, or READ_HISTORY on the definition). Two queries for the whole list, never one per objective,
 * and about the instances the person's grants name only ({@link InstanceGrants}): asked about every
 * objective, the engine checked each of them against the grants, and a city's list grows by a year of
 * objectives every year (docs/benchmark.md, "Five-year profile"). The controllo di gestione, the
 * administrators and the Nucleo see everything.
 */
@Component
public class ObjectiveVisibility {

  private static final List<String> SEE_ALL = List.of(CONTROLLO_GROUP, Groups.CAMUNDA_ADMIN, NUCLEO_GROUP);

  private final IdentityService identity;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final InstanceGrants grants;

  ObjectiveVisibility(IdentityService identity, RuntimeService runtime, HistoryService history, InstanceGrants grants) {
    this.identity = identity;
    this.runtime = runtime;
    this.history = history;
    this.grants = grants;
  }

  /** The process instances the user may see; {@code all} for the roles that see every objective. */
  public record Visible(boolean all, Set<String> processInstanceIds) {
    public static final Visible NOTHING = new Visible(false, Set.of());
  }

  /** Runs the engine's queries as the user the request authenticated (the engine filters them). */
  public Visible forCurrentUser() {
    var user = CurrentUser.of(identity);
    if (user.isEmpty()) {
      return Visible.NOTHING;
    }
    if (user.get().memberOfAny(SEE_ALL)) {
      return new Visible(true, Set.of());
    }
    Optional<Set<String>> named = grants.named(user.get());
    if (named.isPresent() && named.get().isEmpty()) {
      return Visible.NOTHING;
    }
    var finished = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY);
    // Instances imported before historic grants existed are still readable while they run.
    var running = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY);
    named.ifPresent(instances -> {
      finished.processInstanceIds(instances);
      running.processInstanceIds(instances);
    });
    Set<String> ids = new HashSet<>();
    finished.list().stream().map(HistoricProcessInstance::getId).forEach(ids::add);
    running.list().stream().map(ProcessInstance::getId).forEach(ids::add);
    return new Visible(false, Set.copyOf(ids));
  }
}
