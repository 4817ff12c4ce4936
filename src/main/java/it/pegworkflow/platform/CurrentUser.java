package it.pegworkflow.platform;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;

/**
 * Who the engine thinks is calling, without Camunda's internal {@code Authentication} type (which
 * its public {@code IdentityService} hands out) leaking into our packages.
 */
public record CurrentUser(String id, List<String> groups) {

  public static Optional<CurrentUser> of(IdentityService identity) {
    var authentication = identity.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return Optional.empty();
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : List.copyOf(authentication.getGroupIds());
    return Optional.of(new CurrentUser(authentication.getUserId(), groups));
  }

  public boolean memberOfAny(java.util.Collection<String> groupIds) {
    return groups.stream().anyMatch(groupIds::contains);
  }
}
