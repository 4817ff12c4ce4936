package it.pegworkflow.directory;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.SearchResultEntry;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Finds the people a sheet prints ({@code SURNAME NAME}) in the directory: a person matches when
 * their surname followed by their given name is the printed name, without regard to case, accents,
 * spaces and apostrophes ({@code DEL MORO SANDRA} is «Del Moro» «Sandra», {@code ROSSÌ ANNA} is
 * «Rossi» «Anna» and «Rossì» «Anna»). The directory is asked once per initial of the surnames, and
 * the names are compared here: no directory's matching rules ignore accents.
 */
@Component
public class DirectoryPeople {

  /** The people whose names make the printed name, and, when there is none, those with its surname. */
  public record Found(List<DirectoryPerson> matches, List<DirectoryPerson> similar) {}

  private static final int MAX_SIMILAR = 5;

  private final DirectoryConnection connection;
  private final DirectoryEntries entries;

  DirectoryPeople(DirectoryConnection connection) {
    this.connection = connection;
    this.entries = new DirectoryEntries(connection.settings());
  }

  public boolean configured() {
    return connection.configured();
  }

  /**
   * What the directory holds for each printed name.
   *
   * @throws DirectoryUnavailable when the directory does not answer
   */
  public Map<String, Found> find(Collection<String> printedNames) {
    Map<String, List<DirectoryPerson>> byInitial = new LinkedHashMap<>();
    Map<String, Found> found = new LinkedHashMap<>();
    for (String name : printedNames) {
      String key = key(name);
      if (key.isEmpty()) {
        found.put(name, new Found(List.of(), List.of()));
        continue;
      }
      String initial = key.substring(0, key.offsetByCodePoints(0, 1));
      List<DirectoryPerson> people = byInitial.computeIfAbsent(initial, this::surnamesStartingWith);
      List<DirectoryPerson> matches = people.stream().filter(p -> key(p.surname() + p.givenName()).equals(key)).toList();
      List<DirectoryPerson> similar = matches.isEmpty() ? people.stream()
          .filter(p -> !key(p.surname()).isEmpty()
              && (key.startsWith(key(p.surname())) || key(p.surname()).startsWith(firstWord(name))))
          .limit(MAX_SIMILAR).toList() : List.of();
      found.put(name, new Found(matches, similar));
    }
    return found;
  }

  /**
   * The people with these login names (the mapping file's ids), by login name in lower case.
   *
   * @throws DirectoryUnavailable when the directory does not answer
   */
  public Map<String, DirectoryPerson> byLogin(Collection<String> logins) {
    Map<String, DirectoryPerson> people = new LinkedHashMap<>();
    List<String> all = List.copyOf(logins);
    for (int from = 0; from < all.size(); from += 100) {
      List<Filter> any = all.subList(from, Math.min(all.size(), from + 100)).stream()
          .map(login -> Filter.createEqualityFilter(entries.loginAttribute(), login)).toList();
      for (SearchResultEntry entry : connection.search(entries.peopleWhere(Filter.createORFilter(any)), entries.attributes())) {
        DirectoryPerson person = entries.person(entry);
        if (person != null) {
          people.putIfAbsent(person.login().toLowerCase(Locale.ROOT), person);
        }
      }
    }
    return people;
  }

  /** Everyone whose surname starts with a letter whose key is {@code initial}: È, É, E and e for e. */
  private List<DirectoryPerson> surnamesStartingWith(String initial) {
    Set<String> letters = new LinkedHashSet<>();
    letters.add(initial);
    for (int c = 0xC0; c <= 0x24F; c++) {
      if (Character.isLetter(c) && key(Character.toString(c)).equals(initial)) {
        letters.add(Character.toString(c));
      }
    }
    List<Filter> any = new ArrayList<>();
    for (String letter : letters) {
      any.add(Filter.createSubstringFilter(entries.surnameAttribute(), letter, null, null));
    }
    List<DirectoryPerson> people = new ArrayList<>();
    for (SearchResultEntry entry : connection.search(entries.peopleWhere(Filter.createORFilter(any)), entries.attributes())) {
      DirectoryPerson person = entries.person(entry);
      if (person != null) {
        people.add(person);
      }
    }
    return people;
  }

  private static String firstWord(String printedName) {
    return key(printedName.strip().split("\\s+")[0]);
  }

  /** Lower case, accents dropped, only letters and digits: «Rossì D'Anna» is {@code rossidanna}. */
  static String key(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    plain.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }
}
