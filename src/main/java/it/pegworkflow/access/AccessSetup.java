package it.pegworkflow.access;

import static it.pegworkflow.process.ProcessConstants.CONTROLLO_GROUP;
import static it.pegworkflow.process.ProcessConstants.NUCLEO_GROUP;

import it.pegworkflow.directory.DirectoryLogin;
import it.pegworkflow.process.PegProperties;
import java.util.Set;
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

  /**
   * The roles a directory group may grant (peg.ldap.role-groups): those no sheet gives. Dirigenti and
   * Direttori are what the sheets print, offices are the sheets', the administrators are Camunda's.
   */
  private static final Set<String> DIRECTORY_ROLES = Set.of(NUCLEO_GROUP, CONTROLLO_GROUP);

  private final AccessRules access;
  private final TasklistFilters filters;
  private final AdministratorSetup administrator;
  private final PegProperties properties;

  AccessSetup(AccessRules access, TasklistFilters filters, AdministratorSetup administrator, PegProperties properties,
      DirectoryLogin directory) {
    for (String role : directory.roleGroups().keySet()) {
      if (!DIRECTORY_ROLES.contains(role)) {
        throw new IllegalStateException("peg.ldap.role-groups." + role + ": un gruppo dell'elenco può dare solo i ruoli "
            + DIRECTORY_ROLES + ", non «" + role + "»");
      }
    }
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
