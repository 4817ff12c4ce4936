package it.pegworkflow.people;

import it.pegworkflow.objective.Person;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the names printed in the sheets into Camunda user and group ids.
 *
 * <p>The rule: lower case, accents dropped, everything but letters and digits removed, so
 * {@code DEL MORO SANDRA} becomes {@code delmorosandra} and {@code SERVIZIO SOCIALE AMMINISTRATIVO}
 * becomes {@code serviziosocialeamministrativo}. Ids made this way pass Camunda's default whitelist
 * ({@code [a-zA-Z0-9]+}). Since the real ids come from the municipality's directory, a mapping
 * (printed name to id) overrides the rule name by name.
 */
public final class Directory {

  private static final int MAX_ID_LENGTH = 64;

  private final Map<String, String> overrides;

  public Directory(Map<String, String> overrides) {
    this.overrides = overrides.entrySet().stream()
        .collect(java.util.stream.Collectors.toUnmodifiableMap(e -> key(e.getKey()), e -> checked(e.getValue())));
  }

  public static Directory byRule() {
    return new Directory(Map.of());
  }

  public String userId(Person person) {
    return idOf(person.fullName());
  }

  public String groupId(String organisationName) {
    return idOf(organisationName);
  }

  private String idOf(String printedName) {
    String mapped = overrides.get(key(printedName));
    return mapped != null ? mapped : byRule(printedName);
  }

  static String byRule(String printedName) {
    String plain = Normalizer.normalize(printedName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String id = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    if (id.isEmpty()) {
      throw new IllegalArgumentException("Dal nome «" + printedName + "» non si ricava un identificativo");
    }
    return id.length() > MAX_ID_LENGTH ? id.substring(0, MAX_ID_LENGTH) : id;
  }

  private static String key(String printedName) {
    return printedName.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
  }

  private static String checked(String id) {
    if (id == null || !id.matches("[a-zA-Z0-9]{1,64}")) {
      throw new IllegalArgumentException(
          "Identificativo «" + id + "» non valido nella mappatura: sono ammesse solo lettere e cifre");
    }
    return id;
  }
}
