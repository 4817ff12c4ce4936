package it.pegworkflow.people;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a name printed in a sheet into a Camunda user or group id.
 *
 * <p>The rule: lower case, accents dropped, everything but letters and digits removed, so
 * {@code DEL MORO SANDRA} becomes {@code delmorosandra} and {@code SERVIZIO SOCIALE AMMINISTRATIVO}
 * becomes {@code serviziosocialeamministrativo}. Ids made this way pass Camunda's default whitelist
 * ({@code [a-zA-Z0-9]+}). A letter that is not a Latin one (Greek, or a Cyrillic {@code А} that looks
 * like an {@code A}) makes no id: the name is refused rather than read as another. Since the real ids
 * come from the municipality's directory, a mapping (printed name to id) overrides the rule name by
 * name; whether the id may be used is decided by {@link IdSpace}.
 */
public final class Directory {

  private static final int MAX_ID_LENGTH = 64;

  private final Map<String, String> overrides;

  public Directory(Map<String, String> overrides) {
    this.overrides = overrides.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(e -> key(e.getKey()), e -> checked(e.getValue())));
  }

  public static Directory byRule() {
    return new Directory(Map.of());
  }

  /** An id and whether the operator's mapping gave it (rather than the rule). */
  public record Id(String value, boolean mapped) {}

  /** @throws UnusableName when the rule makes no id of the name and the mapping does not name it */
  public Id idOf(String printedName) {
    String mapped = overrides.get(key(printedName));
    return mapped != null ? new Id(mapped, true) : new Id(byRule(printedName), false);
  }

  /** Whether the operator's mapping names {@code printedName}. */
  public boolean isMapped(String printedName) {
    return overrides.containsKey(key(printedName));
  }

  static String byRule(String printedName) {
    String plain = Normalizer.normalize(printedName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    plain.codePoints().filter(Character::isLetter).filter(c -> !isAsciiLetter(c)).findFirst().ifPresent(c -> {
      String letter = Character.toString(c);
      throw new UnusableName(Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN
          ? "la lettera «" + letter + "» non ha un equivalente tra a e z"
          : "la lettera «" + letter + "» non è dell'alfabeto latino");
    });
    String id = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    if (id.isEmpty()) {
      throw new UnusableName("il nome non contiene lettere né cifre");
    }
    return id.length() > MAX_ID_LENGTH ? id.substring(0, MAX_ID_LENGTH) : id;
  }

  private static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** The same printed name whatever its spacing and case: {@code Verna  Marco} is {@code VERNA MARCO}. */
  public static String key(String printedName) {
    return printedName.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
  }

  private static String checked(String id) {
    if (id == null || !id.matches("[a-zA-Z0-9]{1,64}")) {
      throw new IllegalArgumentException(
          "Identificativo «" + id + "» non valido nella mappatura: sono ammesse solo lettere e cifre");
    }
    return id;
  }

  /** A printed name the rule makes no id of; the message says why, in Italian. */
  public static final class UnusableName extends IllegalArgumentException {
    UnusableName(String reason) {
      super(reason);
    }
  }
}
