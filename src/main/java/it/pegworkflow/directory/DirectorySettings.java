package it.pegworkflow.directory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The municipality's directory ({@code peg.ldap.*}, docs/directory.md). Without {@code url} there is
 * no directory and nothing changes: the rule and the mapping file make the ids, passwords are Camunda's.
 *
 * @param url one or more {@code ldap://} or {@code ldaps://} addresses separated by spaces, tried in order
 * @param baseDn where people are searched
 * @param bindDn the service account that searches (from the environment: {@code PEG_LDAP_BIND_DN})
 * @param bindPassword its password (from the environment only: {@code PEG_LDAP_BIND_PASSWORD})
 * @param userFilter which entries are people who may log in; a disabled account must not match it
 * @param loginAttribute the login name, which becomes the Camunda user id ({@code uid}, {@code sAMAccountName})
 * @param surnameAttribute the surname compared with the sheet's printed surname
 * @param givenNameAttribute the given name compared with the sheet's printed name
 * @param mailAttribute the e-mail address stored on the Camunda user
 * @param officeAttribute shown beside each candidate when a printed name is ambiguous
 * @param memberOfAttribute the user's groups, for {@code roleGroups}
 * @param roleGroups our role group id (e.g. {@code nucleovalutazione}) to the DN of the directory group that grants it
 * @param timeout the longest wait for the directory, to connect and for each answer
 * @param pauseAfterOutage after the directory failed to answer, it is not asked again for this long:
 *     logins of directory accounts answer 503 at once instead of each waiting for {@code timeout}
 */
@ConfigurationProperties("peg.ldap")
public record DirectorySettings(
    String url,
    String baseDn,
    String bindDn,
    String bindPassword,
    @DefaultValue("(objectClass=inetOrgPerson)") String userFilter,
    @DefaultValue("uid") String loginAttribute,
    @DefaultValue("sn") String surnameAttribute,
    @DefaultValue("givenName") String givenNameAttribute,
    @DefaultValue("mail") String mailAttribute,
    @DefaultValue("ou") String officeAttribute,
    @DefaultValue("memberOf") String memberOfAttribute,
    Map<String, String> roleGroups,
    @DefaultValue("5s") Duration timeout,
    @DefaultValue("10s") Duration pauseAfterOutage) {

  public DirectorySettings {
    roleGroups = roleGroups == null ? Map.of() : Map.copyOf(roleGroups);
  }

  public boolean configured() {
    return url != null && !url.isBlank();
  }

  List<String> urls() {
    return configured() ? List.of(url.strip().split("\\s+")) : List.of();
  }
}
