package it.pegworkflow.directory;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.SearchResultEntry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks a directory account's password: finds the one person with that login name among the
 * people the user filter admits (a disabled or removed account is not among them), then binds as
 * them with the password given. Nothing is stored.
 */
@Component
public class DirectoryLogin {

  private static final Logger LOG = LoggerFactory.getLogger(DirectoryLogin.class);

  public enum Outcome {
    /** The directory knows the person and the password is theirs. */
    ACCEPTED,
    /** Wrong password, or no such enabled person (disabled, removed, or the name is not unique). */
    REFUSED,
    /** The directory could not say: nobody logs in through it until it answers again. */
    UNAVAILABLE
  }

  public record Result(Outcome outcome, DirectoryPerson person) {}

  private final DirectoryConnection connection;
  private final DirectoryEntries entries;

  DirectoryLogin(DirectoryConnection connection) {
    this.connection = connection;
    this.entries = new DirectoryEntries(connection.settings());
  }

  public boolean configured() {
    return connection.configured();
  }

  /** The DN of the directory group that grants each of our role groups (docs/directory.md). */
  public Map<String, String> roleGroups() {
    return connection.settings().roleGroups();
  }

  public Result check(String login, String password) {
    if (!configured() || login == null || login.isBlank() || password == null || password.isEmpty()) {
      return new Result(Outcome.REFUSED, null);
    }
    try {
      List<SearchResultEntry> found = connection.search(
          entries.peopleWhere(Filter.createEqualityFilter(entries.loginAttribute(), login)), entries.attributes());
      if (found.size() != 1) {
        if (found.size() > 1) {
          LOG.warn("The login name {} is shared by {} people of the directory: none of them logs in with it", login,
              found.size());
        }
        return new Result(Outcome.REFUSED, null);
      }
      DirectoryPerson person = entries.person(found.get(0));
      // The directory compares login names without case; the account must be this one and no other.
      if (person == null || !person.login().toLowerCase(Locale.ROOT).equals(login.toLowerCase(Locale.ROOT))) {
        return new Result(Outcome.REFUSED, null);
      }
      return connection.binds(person.dn(), password) ? new Result(Outcome.ACCEPTED, person)
          : new Result(Outcome.REFUSED, null);
    } catch (DirectoryUnavailable e) {
      LOG.warn("Directory unavailable, login of {} not checked (answered 503): {}", login, e.getMessage());
      return new Result(Outcome.UNAVAILABLE, null);
    }
  }
}
