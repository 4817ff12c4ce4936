package it.pegworkflow.process;

import it.pegworkflow.objective.Objective;
import it.pegworkflow.objective.Organisation;
import it.pegworkflow.objective.Person;
import it.pegworkflow.objective.Phase;
import it.pegworkflow.people.Directory;
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

  private final IdentityService identity;
  private final Directory directory;

  IdentityProvisioning(IdentityService identity, Directory directory) {
    this.identity = identity;
    this.directory = directory;
  }

  public void provide(Objective objective) {
    Organisation org = objective.organisation();
    member(org.manager(), org.unit());
    if (org.director() != null) {
      member(org.director(), org.department());
    }
    for (Phase phase : objective.phases()) {
      member(phase.responsible(), phase.centre().isEmpty() ? org.unit() : phase.centre());
    }
  }

  /** The groups that no sheet names: the Nucleo di Valutazione and the controllo di gestione. */
  public void provideFixedGroups() {
    group(ProcessConstants.NUCLEO_GROUP, "Nucleo di Valutazione", "RUOLO");
    group(ProcessConstants.CONTROLLO_GROUP, "Controllo di gestione", "RUOLO");
  }

  private void member(Person person, String office) {
    String userId = user(person);
    String groupId = group(directory.groupId(office), office, OFFICE_GROUP_TYPE);
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
