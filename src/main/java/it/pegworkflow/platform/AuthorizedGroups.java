package it.pegworkflow.platform;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Before its first authorization check in a command, Camunda narrows the person's groups to those
 * that some grant names, and learns which those are by reading every row of {@code ACT_RU_AUTHORIZATION}
 * ({@code select distinct GROUP_ID_}): two or three times per Tasklist request, once per completion.
 * That table grows with the years: every objective leaves the grants of its Dirigente and Direttore
 * on the instance and of its responsibles on their tasks, some 50,000 rows after five years of a large
 * comune (docs/benchmark.md, "Five-year profile"). The narrowing changes no answer (a group no grant
 * names matches no grant); it keeps the checks' {@code IN} lists short for a directory account in
 * hundreds of groups. Ours are in a role and a few offices: their groups are used as they are, and a
 * longer list than {@link #NARROWED_ABOVE} is still narrowed the engine's way.
 */
@Component
class AuthorizedGroups extends AbstractProcessEnginePlugin {

  static final int NARROWED_ABOVE = 100;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = new ArrayList<>();
    if (configuration.getCustomSessionFactories() != null) {
      factories.addAll(configuration.getCustomSessionFactories());
    }
    // Once: the starter may hand the same plugin bean to the engine twice.
    factories.removeIf(factory -> factory instanceof Managers);
    factories.add(new Managers());
    configuration.setCustomSessionFactories(factories);
  }

  /** Replaces the engine's authorization manager (custom session factories come after the defaults). */
  private static final class Managers implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new GroupsAsTheyAre();
    }
  }

  private static final class GroupsAsTheyAre extends AuthorizationManager {
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> groupIds) {
      if (groupIds == null || groupIds.isEmpty() || groupIds.size() > NARROWED_ABOVE) {
        return super.filterAuthenticatedGroupIds(groupIds);
      }
      return new ArrayList<>(groupIds);
    }
  }
}
