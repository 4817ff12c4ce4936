package it.pegworkflow.importing;

import it.pegworkflow.process.ProcessConstants;
import it.pegworkflow.objective.Organisation;
import it.pegworkflow.objective.Person;
import it.pegworkflow.objective.Phase;
import it.pegworkflow.people.ObjectiveIds;
import it.pegworkflow.directory.DirectoryPerson;
import it.pegworkflow.platform.LocalPasswords;
import it.pegworkflow.platform.PasswordPolicyExemption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Makes the people and offices of the sheets Camunda users and groups, under the ids
 * {@link SheetIdentities} gave them: every Responsabile, Dirigente and Direttore a user; every
 * centre, Servizio and Direzione a group with its people.
 * Whoever already exists is left as is, so importing again duplicates nothing.
 */
@Component
public class IdentityProvisioning {

  static final String OFFICE_GROUP_TYPE = "UFFICIO";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final IdentityService identity;

  IdentityProvisioning(IdentityService identity) {
    this.identity = identity;
  }

  /**
   * Provides the people and offices of a whole file at once, under the ids they got at import: one
   * query finds who already exists, so that a PEG of a thousand objectives naming the same few
   * hundred people costs little.
   */
  /**
   * @param accounts the directory's people behind user ids, with their names and e-mail
   * @param found the ids the directory gave to printed names (not the mapping's): only such an
   *     account, if an earlier import made it with a random password, becomes the directory's
   */
  public void provide(List<ResolvedObjective> objectives, Map<String, DirectoryPerson> accounts, java.util.Collection<String> found) {
    Needs needs = new Needs();
    for (ResolvedObjective resolved : objectives) {
      Organisation org = resolved.objective().organisation();
      ObjectiveIds ids = resolved.ids();
      needs.member(org.manager(), ids.managerId(), ids.unitGroupId(), org.unit());
      needs.member(org.manager(), ids.managerId(), ProcessConstants.MANAGERS_GROUP, null);
      if (org.director() != null) {
        needs.member(org.director(), ids.directorId(), ids.departmentGroupId(), org.department());
        needs.member(org.director(), ids.directorId(), ProcessConstants.DIRECTORS_GROUP, null);
      }
      for (Phase phase : resolved.objective().phases()) {
        ObjectiveIds.PhaseIds phaseIds = ids.phase(phase.number());
        needs.member(phase.responsible(), phaseIds.responsibleId(), phaseIds.centreGroupId(), phase.centre());
      }
    }
    createMissingUsers(needs.people, accounts, found);
    createMissingOffices(needs.offices);
    createMissingMemberships(needs.members);
  }

  /** Who and what a file names: users by id, offices by group id, members by group id. */
  private static final class Needs {
    final Map<String, Person> people = new LinkedHashMap<>();
    final Map<String, String> offices = new LinkedHashMap<>();
    final Map<String, Set<String>> members = new LinkedHashMap<>();

    void member(Person person, String userId, String groupId, String officeName) {
      people.putIfAbsent(userId, person);
      if (officeName != null) {
        offices.putIfAbsent(groupId, officeName);
      }
      members.computeIfAbsent(groupId, g -> new LinkedHashSet<>()).add(userId);
    }
  }

  private void createMissingUsers(Map<String, Person> people, Map<String, DirectoryPerson> accounts,
      java.util.Collection<String> found) {
    Map<String, User> existing = identity.createUserQuery().userIdIn(people.keySet().toArray(String[]::new)).list()
        .stream().collect(Collectors.toMap(User::getId, user -> user));
    people.forEach((id, person) -> {
      DirectoryPerson account = accounts.get(id);
      User user = existing.get(id);
      if (account != null && user != null && user.getPassword() != null && found.contains(id) && inAnOffice(id)) {
        // Made by an earlier import with a random password (for a name it searched, the id space
        // allows no other account, and a sheet's people are members of their office): from now on
        // the directory's.
        LocalPasswords.forget(user);
        saveDirectoryAccount(user, account, true);
      } else if (account != null && (user == null || user.getPassword() == null)) {
        saveDirectoryAccount(user == null ? identity.newUser(id) : user, account, user == null);
      } else if (user == null) {
        saveUser(id, person);
      }
    });
  }

  private boolean inAnOffice(String userId) {
    return identity.createGroupQuery().groupMember(userId).groupType(OFFICE_GROUP_TYPE).count() > 0;
  }

  /**
   * A person of the directory: names and e-mail address as the directory has them (brought up to
   * date at each import), and no password: theirs is checked by the directory at each login
   * (platform.DirectoryIdentityProvider), never stored here.
   */
  private void saveDirectoryAccount(User user, DirectoryPerson account, boolean changed) {
    boolean same = account.givenName().equals(user.getFirstName()) && account.surname().equals(user.getLastName())
        && java.util.Objects.equals(account.mail(), user.getEmail());
    if (changed || !same) {
      user.setFirstName(account.givenName());
      user.setLastName(account.surname());
      user.setEmail(account.mail());
      PasswordPolicyExemption.saveUser(identity, user);
    }
  }

  private void createMissingOffices(Map<String, String> offices) {
    if (offices.isEmpty()) {
      return;
    }
    Set<String> existing = identity.createGroupQuery().groupIdIn(offices.keySet().toArray(String[]::new)).list()
        .stream().map(Group::getId).collect(Collectors.toSet());
    offices.forEach((id, name) -> {
      if (!existing.contains(id)) {
        saveGroup(id, name, OFFICE_GROUP_TYPE);
      }
    });
  }

  private void createMissingMemberships(Map<String, Set<String>> members) {
    members.forEach((groupId, userIds) -> {
      Set<String> already = identity.createUserQuery().memberOfGroup(groupId).userIdIn(userIds.toArray(String[]::new))
          .list().stream().map(User::getId).collect(Collectors.toSet());
      userIds.stream().filter(id -> !already.contains(id)).forEach(id -> identity.createMembership(id, groupId));
    });
  }

  private void saveUser(String id, Person person) {
    User user = identity.newUser(id);
    String[] words = person.fullName().split(" ");
    // Sheets print SURNAME NAME; a surname of two words (DEL MORO) cannot be told apart, so the
    // last word is taken as the first name.
    user.setFirstName(capitalised(words[words.length - 1]));
    user.setLastName(capitalised(person.fullName().substring(0, person.fullName().lastIndexOf(' ') + 1).strip()));
    // Nobody knows it: the person logs in once an administrator (or the directory) gives a real one.
    // Without any password Camunda's login fails with an error instead of refusing.
    user.setPassword(unguessable(user));
    identity.saveUser(user);
  }

  private void saveGroup(String id, String name, String type) {
    Group group = identity.newGroup(id);
    group.setName(name);
    group.setType(type);
    identity.saveGroup(group);
  }

  /**
   * 32 random bytes, drawn again until the password policy accepts them for this person: Base64 may
   * lack a digit or a capital, or contain a short name ("Re", "Li") that the policy refuses.
   */
  private String unguessable(User user) {
    for (int attempt = 0; attempt < 1_000; attempt++) {
      byte[] secret = new byte[32];
      RANDOM.nextBytes(secret);
      String candidate = Base64.getEncoder().encodeToString(secret);
      if (identity.getPasswordPolicy() == null || identity.checkPasswordAgainstPolicy(candidate, user).isValid()) {
        return candidate;
      }
    }
    throw new IllegalStateException("No random password satisfies the password policy for " + user.getId());
  }

  private static String capitalised(String words) {
    StringBuilder out = new StringBuilder();
    for (String word : words.toLowerCase(java.util.Locale.ITALIAN).split(" ")) {
      if (!word.isEmpty()) {
        out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return out.toString();
  }
}
