package it.pegworkflow.directory;

import java.util.List;

/**
 * A person as the directory knows them: the login name (the Camunda user id), the names, the
 * e-mail address, the office (for telling homonyms apart) and the groups they belong to.
 */
public record DirectoryPerson(String dn, String login, String surname, String givenName, String mail, String office,
    List<String> groups) {

  public DirectoryPerson {
    groups = groups == null ? List.of() : List.copyOf(groups);
  }

  /** How an Italian message names a candidate: «Rossi Anna (arossi, anna.rossi@comune.it, Servizi sociali)». */
  public String described() {
    StringBuilder out = new StringBuilder().append(surname).append(' ').append(givenName).append(" (").append(login);
    if (mail != null && !mail.isBlank()) {
      out.append(", ").append(mail);
    }
    if (office != null && !office.isBlank()) {
      out.append(", ").append(office);
    }
    return out.append(')').toString();
  }
}
