package it.pegworkflow.importing;

import it.pegworkflow.process.PegProperties;
import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.objective.Objective;
import it.pegworkflow.objective.Organisation;
import it.pegworkflow.objective.Phase;
import it.pegworkflow.people.Directory;
import it.pegworkflow.people.IdSpace;
import it.pegworkflow.people.IdSpace.Claim;
import it.pegworkflow.people.IdSpace.Kind;
import it.pegworkflow.people.IdSpace.Owner;
import it.pegworkflow.people.IdSpace.Role;
import it.pegworkflow.people.ObjectiveIds;
import it.pegworkflow.sheet.PrintedObjective;
import it.pegworkflow.sheet.SheetError;
import it.pegworkflow.store.IdentityRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The one place where the people and offices of a sheet become ids, at import: the rule and the
 * mapping ({@link Directory}), the id space of the sheets ({@link IdSpace}), what the registry of
 * sheet ids and Camunda already hold. Everything downstream reads the ids it returns.
 */
@Component
public class SheetIdentities {

  /** Groups that only the application and Camunda Admin give: never an office of a sheet. */
  private static final Set<String> ROLE_GROUPS =
      Set.of(NUCLEO_GROUP, CONTROLLO_GROUP, MANAGERS_GROUP, DIRECTORS_GROUP, Groups.CAMUNDA_ADMIN);
  /** Ids that look like the administration's: the rule never gives them. */
  private static final Set<String> LOOK_ALIKES = Set.of("camundaadmin", "admin");

  private final IdSpace space;
  private final Set<String> reserved;
  private final IdentityRegistry registry;
  private final IdentityService identity;

  SheetIdentities(Directory directory, PegProperties properties, IdentityRegistry registry, IdentityService identity) {
    Set<String> reserved = new HashSet<>(ROLE_GROUPS);
    reserved.addAll(LOOK_ALIKES);
    if (properties.admin().configured()) {
      reserved.add(properties.admin().user().strip().toLowerCase(Locale.ROOT));
    }
    this.space = new IdSpace(directory, reserved, ROLE_GROUPS);
    this.reserved = Set.copyOf(reserved);
    this.registry = registry;
    this.identity = identity;
  }

  /**
   * Whether {@code id} belongs to a role or to the administration (the role groups, camunda-admin,
   * the administrator): no sheet's person, and nobody a phase can be given to.
   */
  public boolean reserved(String id) {
    return reserved.contains(id.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * The ids of every objective's people and offices (the people's found in the directory, when
   * there is one); new ids are registered as the sheets'.
   *
   * @throws NamesRefused naming the line of every name that cannot have its id
   */
  public List<ResolvedObjective> resolve(List<PrintedObjective> sheet, PeopleFound found) {
    List<Claim> claims = new ArrayList<>();
    for (PrintedObjective printed : sheet) {
      Organisation org = printed.objective().organisation();
      String context = printed.context();
      claims.add(new Claim(Role.DEPARTMENT, org.department(), printed.departmentLine(), context));
      if (org.director() != null) {
        claims.add(new Claim(Role.DIRECTOR, org.director().fullName(), printed.directorLine(), context));
      }
      claims.add(new Claim(Role.UNIT, org.unit(), printed.unitLine(), context));
      claims.add(new Claim(Role.MANAGER, org.manager().fullName(), printed.managerLine(), context));
      for (Phase phase : printed.objective().phases()) {
        String where = PrintedObjective.context(phase);
        claims.add(new Claim(Role.RESPONSIBLE, phase.responsible().fullName(), printed.lineOf(phase), where));
        claims.add(new Claim(Role.CENTRE, phase.centre(), printed.lineOf(phase), where));
      }
    }
    IdSpace.Outcome outcome = space.resolve(claims, this::owners, found.ids(), found.refusals());
    if (!outcome.problems().isEmpty()) {
      throw new NamesRefused(outcome.problems().stream()
          .map(p -> SheetError.at(p.line(), p.context(), p.message())).toList());
    }
    outcome.registrations().forEach(r -> registry.register(r.kind().name(), r.id(), r.printedName()));
    return sheet.stream().map(p -> new ResolvedObjective(p.objective(), ids(p.objective(), outcome))).toList();
  }

  private static ObjectiveIds ids(Objective objective, IdSpace.Outcome outcome) {
    Organisation org = objective.organisation();
    return new ObjectiveIds(outcome.id(Role.MANAGER, org.manager().fullName()),
        org.director() == null ? null : outcome.id(Role.DIRECTOR, org.director().fullName()),
        outcome.id(Role.UNIT, org.unit()), outcome.id(Role.DEPARTMENT, org.department()),
        objective.phases().stream().map(phase -> new ObjectiveIds.PhaseIds(
            outcome.id(Role.RESPONSIBLE, phase.responsible().fullName()), outcome.id(Role.CENTRE, phase.centre())))
            .toList());
  }

  /** Who holds the ids: the sheets' registry first, then Camunda's users and groups. */
  private Map<String, Owner> owners(Kind kind, Set<String> ids) {
    Map<String, Owner> owners = new HashMap<>();
    registry.printedNames(kind.name(), ids).forEach((id, name) -> owners.put(id, new Owner.Sheet(name)));
    String[] others = ids.stream().filter(id -> !owners.containsKey(id)).toArray(String[]::new);
    if (others.length == 0) {
      return owners;
    }
    if (kind == Kind.USER) {
      for (User user : identity.createUserQuery().userIdIn(others).list()) {
        owners.put(user.getId(), olderSheetUser(user) ? new Owner.OlderSheet(user.getLastName() + " " + user.getFirstName())
            : new Owner.Account());
      }
    } else {
      for (Group group : identity.createGroupQuery().groupIdIn(others).list()) {
        owners.put(group.getId(), IdentityProvisioning.OFFICE_GROUP_TYPE.equals(group.getType()) && group.getName() != null
            ? new Owner.OlderSheet(group.getName()) : new Owner.Account());
      }
    }
    return owners;
  }

  /**
   * A user the import made before the registry existed: named as the provisioning names them, and
   * a member of offices and of the Dirigenti and Direttori only (an administrator, a Nucleo or
   * controllo member is never one).
   */
  private boolean olderSheetUser(User user) {
    if (user.getFirstName() == null || user.getLastName() == null) {
      return false;
    }
    return identity.createGroupQuery().groupMember(user.getId()).list().stream().allMatch(group ->
        IdentityProvisioning.OFFICE_GROUP_TYPE.equals(group.getType())
            || MANAGERS_GROUP.equals(group.getId()) || DIRECTORS_GROUP.equals(group.getId()));
  }
}
