package it.pegworkflow.directory;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchResultEntry;
import java.util.List;

/** How the settings name the attributes of a person, and how an entry becomes a {@link DirectoryPerson}. */
final class DirectoryEntries {

  private final DirectorySettings settings;
  private final Filter people;

  DirectoryEntries(DirectorySettings settings) {
    this.settings = settings;
    this.people = settings.configured() ? parsed(settings.userFilter()) : null;
  }

  /** The people of the directory who match {@code condition} too. */
  Filter peopleWhere(Filter condition) {
    return Filter.createANDFilter(people, condition);
  }

  String[] attributes() {
    return new String[] {settings.loginAttribute(), settings.surnameAttribute(), settings.givenNameAttribute(),
        settings.mailAttribute(), settings.officeAttribute(), settings.memberOfAttribute()};
  }

  /** The person, or null when the entry lacks a login name, a surname or a given name. */
  DirectoryPerson person(SearchResultEntry entry) {
    String login = entry.getAttributeValue(settings.loginAttribute());
    String surname = entry.getAttributeValue(settings.surnameAttribute());
    String givenName = entry.getAttributeValue(settings.givenNameAttribute());
    if (login == null || surname == null || givenName == null) {
      return null;
    }
    String[] groups = entry.getAttributeValues(settings.memberOfAttribute());
    return new DirectoryPerson(entry.getDN(), login, surname, givenName, entry.getAttributeValue(settings.mailAttribute()),
        entry.getAttributeValue(settings.officeAttribute()), groups == null ? List.of() : List.of(groups));
  }

  String loginAttribute() {
    return settings.loginAttribute();
  }

  String surnameAttribute() {
    return settings.surnameAttribute();
  }

  private static Filter parsed(String filter) {
    try {
      return Filter.create(filter);
    } catch (LDAPException e) {
      throw new IllegalStateException("peg.ldap.user-filter: «" + filter + "» non è un filtro LDAP valido", e);
    }
  }
}
