package it.pegworkflow.access;

import static it.pegworkflow.process.ProcessConstants.PROCESS_KEY;

import it.pegworkflow.platform.AsTheApplication;
import it.pegworkflow.platform.CurrentUser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.springframework.stereotype.Component;

/**
 * The objectives' process instances a person's grants name one by one (theirs, their groups', everyone's):
 * the only ones the engine can let them read, unless a grant reaches every instance at once (on all
 * instances, or READ_INSTANCE / READ_HISTORY on the objective's model), which {@link #named} answers as
 * empty. A handful of indexed reads of the grant table, read as the application (people may not read
 * grants), so that {@link ObjectiveVisibility} asks the engine about these instances only, not about every
 * objective of every year.
 */
@Component
class InstanceGrants {

  private static final String ANY = Authorization.ANY;
  private static final Permission[] EVERY_INSTANCE = {ProcessDefinitionPermissions.READ_INSTANCE,
      ProcessDefinitionPermissions.READ_HISTORY};

  private final AuthorizationService authorizations;
  private final IdentityService identity;

  InstanceGrants(AuthorizationService authorizations, IdentityService identity) {
    this.authorizations = authorizations;
    this.identity = identity;
  }

  /** The instances named by the person's grants; empty when some grant of theirs reaches every instance. */
  Optional<Set<String>> named(CurrentUser user) {
    return AsTheApplication.run(identity, () -> {
      List<Authorization> grants = new ArrayList<>();
      for (Resource resource : new Resource[] {Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE,
          Resources.PROCESS_DEFINITION}) {
        grants.addAll(query(resource).userIdIn(user.id(), ANY).list());
        if (!user.groups().isEmpty()) {
          grants.addAll(query(resource).groupIdIn(user.groups().toArray(String[]::new)).list());
        }
      }
      Set<String> instances = new HashSet<>();
      for (Authorization grant : grants) {
        if (grant.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
          continue;
        }
        if (reachesEveryInstance(grant)) {
          return Optional.<Set<String>>empty();
        }
        if (grant.getResourceType() != Resources.PROCESS_DEFINITION.resourceType()) {
          instances.add(grant.getResourceId());
        }
      }
      return Optional.of(Set.copyOf(instances));
    });
  }

  /** A grant on all instances, or one on the objective's model that lets its holder read all its instances. */
  private static boolean reachesEveryInstance(Authorization grant) {
    if (grant.getResourceType() != Resources.PROCESS_DEFINITION.resourceType()) {
      return ANY.equals(grant.getResourceId());
    }
    return (ANY.equals(grant.getResourceId()) || PROCESS_KEY.equals(grant.getResourceId()))
        && Arrays.stream(EVERY_INSTANCE).anyMatch(grant::isPermissionGranted);
  }

  private AuthorizationQuery query(Resource resource) {
    return authorizations.createAuthorizationQuery().resourceType(resource);
  }
}
