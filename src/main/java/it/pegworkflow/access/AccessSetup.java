package it.pegworkflow.access;

import it.pegworkflow.process.PegProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start, before anything is imported: the role groups, the access rules, the Tasklist
 * filters and the administrator named by {@code PEG_ADMIN_*}. Each step changes nothing when done already.
 */
@Component
@Order(0)
class AccessSetup implements ApplicationRunner {

  private final AccessRules access;
  private final TasklistFilters filters;
  private final AdministratorSetup administrator;
  private final PegProperties properties;

  AccessSetup(AccessRules access, TasklistFilters filters, AdministratorSetup administrator, PegProperties properties) {
    this.access = access;
    this.filters = filters;
    this.administrator = administrator;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    access.provideRoleGroups();
    access.provideRoles();
    filters.provide();
    if (properties.admin().configured()) {
      administrator.provide(properties.admin().user(), properties.admin().password());
    }
  }
}
