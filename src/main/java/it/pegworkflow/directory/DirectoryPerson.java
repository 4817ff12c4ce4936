package it.pegworkflow.directory;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
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

  /**
   * Whether the person is a member of the group {@code groupDn}: DNs compared as DNs, so that
   * {@code CN=Nucleo,OU=Gruppi} and {@code cn=nucleo, ou=gruppi} are one group. A value that is no
   * DN (a directory's mistake) makes nobody a member.
   */
  public boolean memberOf(String groupDn) {
    try {
      DN wanted = new DN(groupDn);
      for (String group : groups) {
        if (DN.isValidDN(group) && new DN(group).equals(wanted)) {
          return true;
        }
      }
      return false;
    } catch (LDAPException e) {
      return false;
    }
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
