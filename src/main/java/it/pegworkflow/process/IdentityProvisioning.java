package it.pegworkflow.process;

import it.pegworkflow.objective.Objective;
import it.pegworkflow.objective.Organisation;
import it.pegworkflow.objective.Person;
import it.pegworkflow.objective.Phase;
import it.pegworkflow.people.Directory;
import java.security.SecureRandom;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Makes the people and offices of the sheets Camunda users and groups: every Responsabile,
 * Dirigente and Direttore a user; every centre, Servizio and Direzione a group with its people.
 * Whoever already exists is left as is, so importing again duplicates nothing.
 */
@Component
public class IdentityProvisioning {

  static final String OFFICE_GROUP_TYPE = "UFFICIO";
  static final String ROLE_GROUP_TYPE = "RUOLO";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final IdentityService identity;
  private final Directory directory;

  IdentityProvisioning(IdentityService identity, Directory directory) {
    this.identity = identity;
    this.directory = directory;
  }

  public void provide(Objective objective) {
    Organisation org = objective.organisation();
    member(user(org.manager()), office(org.unit()));
    member(user(org.manager()), ProcessConstants.MANAGERS_GROUP);
    if (org.director() != null) {
      member(user(org.director()), office(org.department()));
      member(user(org.director()), ProcessConstants.DIRECTORS_GROUP);
    }
    for (Phase phase : objective.phases()) {
      member(user(phase.responsible()), office(phase.centre().isEmpty() ? org.unit() : phase.centre()));
    }
  }

  /** The groups that no sheet names: roles, the Nucleo di Valutazione, the controllo di gestione. */
  public void provideFixedGroups() {
    group(ProcessConstants.NUCLEO_GROUP, "Nucleo di Valutazione", ROLE_GROUP_TYPE);
    group(ProcessConstants.CONTROLLO_GROUP, "Controllo di gestione", ROLE_GROUP_TYPE);
    group(ProcessConstants.MANAGERS_GROUP, "Dirigenti", ROLE_GROUP_TYPE);
    group(ProcessConstants.DIRECTORS_GROUP, "Direttori", ROLE_GROUP_TYPE);
  }

  private String office(String name) {
    return group(directory.groupId(name), name, OFFICE_GROUP_TYPE);
  }

  private void member(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }

  private String user(Person person) {
    String id = directory.userId(person);
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      String[] words = person.fullName().split(" ");
      // Sheets print SURNAME NAME; a surname of two words (DEL MORO) cannot be told apart, so the
      // last word is taken as the first name.
      user.setFirstName(capitalised(words[words.length - 1]));
      user.setLastName(capitalised(person.fullName().substring(0, person.fullName().lastIndexOf(' ') + 1).strip()));
      // Nobody knows it: the person logs in once an administrator (or the directory) gives a real one.
      // Without any password Camunda's login fails with an error instead of refusing.
      user.setPassword(unguessable());
      identity.saveUser(user);
    }
    return id;
  }

  private String group(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
    return id;
  }

  private static String unguessable() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return Base64.getEncoder().encodeToString(secret);
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
