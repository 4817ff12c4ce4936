package it.pegworkflow.people;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The id space of the people and offices that come from sheets: decides the id of every name a
 * sheet prints, once, and refuses what would let sheet text become someone it is not.
 *
 * <ul>
 *   <li>An id the rule makes may not be a reserved one (the role groups, {@code camundaadmin},
 *       the administrator), nor an account or group that no sheet made.
 *   <li>Two different printed names never share an id made by the rule ({@code ROSSI ANNA} and
 *       {@code ROSSÌ ANNA}), in one sheet or across imports: the second is refused at its line.
 *   <li>The operator's mapping is an explicit decision and may name any existing account or share
 *       an id between spellings; a role group is never an office, not even through the mapping.
 * </ul>
 */
public final class IdSpace {

  public enum Kind { USER, GROUP }

  /** What a name is in the sheet: which kind of id it gets, and how messages call it. */
  public enum Role {
    RESPONSIBLE(Kind.USER, "il responsabile", "dal responsabile"),
    MANAGER(Kind.USER, "il Dirigente", "dal Dirigente"),
    DIRECTOR(Kind.USER, "il Direttore", "dal Direttore"),
    CENTRE(Kind.GROUP, "il Centro di Responsabilità", "dal Centro di Responsabilità"),
    UNIT(Kind.GROUP, "il Servizio", "dal Servizio"),
    DEPARTMENT(Kind.GROUP, "la Direzione", "dalla Direzione");

    final Kind kind;
    final String subject;
    final String source;

    Role(Kind kind, String subject, String source) {
      this.kind = kind;
      this.subject = subject;
      this.source = source;
    }

    public Kind kind() {
      return kind;
    }
  }

  /** One name as printed, and where: {@code context} names the phase or objective in messages. */
  public record Claim(Role role, String printedName, int line, String context) {}

  /** Who holds an id already. */
  public sealed interface Owner {
    /** Given to this printed name by an earlier import. */
    record Sheet(String printedName) implements Owner {}
    /** Made from this printed name by an import older than the registry of sheet ids. */
    record OlderSheet(String printedName) implements Owner {}
    /** A user or group that no sheet made: an administrator, a role, a directory account. */
    record Account() implements Owner {}
  }

  /** The holders of the taken ones among {@code ids}; free ids are absent from the answer. */
  public interface Owners {
    Map<String, Owner> of(Kind kind, Set<String> ids);
  }

  public record Problem(int line, String context, String message) {}

  /** An id that from now on belongs to the sheets, under the name first printed for it. */
  public record Registration(Kind kind, String id, String printedName) {}

  /** The ids of the names, the ids to register, and what was refused (nothing may be used then). */
  public record Outcome(Map<Kind, Map<String, String>> ids, List<Registration> registrations, List<Problem> problems) {
    /** The id of a name that was resolved. */
    public String id(Role role, String printedName) {
      return ids.get(role.kind).get(Directory.key(printedName));
    }
  }

  private final Directory directory;
  private final Set<String> reserved;
  private final Set<String> roleGroups;

  /**
   * @param reserved ids the rule may never give, to a user or a group
   * @param roleGroups groups no office can be, whatever the mapping says
   */
  public IdSpace(Directory directory, Set<String> reserved, Set<String> roleGroups) {
    this.directory = directory;
    this.reserved = Set.copyOf(reserved);
    this.roleGroups = Set.copyOf(roleGroups);
  }

  public Outcome resolve(List<Claim> claims, Owners owners) {
    return resolve(claims, owners, Map.of(), Map.of());
  }

  /**
   * With the municipality's directory: a person's id is the account the directory found for their
   * printed name, and a person it found none for (or more than one) is refused, unless the mapping
   * names them. The directory's ids are then checked like the rule's (reserved ids, accounts no
   * sheet made, two printed names on one id).
   *
   * @param directoryIds the account's id by printed name ({@link Directory#key}), for people only
   * @param directoryRefusals why the directory gave a printed name no account (Italian, after the name)
   */
  public Outcome resolve(List<Claim> claims, Owners owners, Map<String, String> directoryIds,
      Map<String, String> directoryRefusals) {
    List<Problem> problems = new ArrayList<>();
    Map<Kind, Map<String, String>> ids = new EnumMap<>(Kind.class);
    Map<Kind, Map<String, Claim>> firsts = new EnumMap<>(Kind.class);
    Map<Claim, Directory.Id> found = new LinkedHashMap<>();
    for (Kind kind : Kind.values()) {
      ids.put(kind, new LinkedHashMap<>());
      firsts.put(kind, new LinkedHashMap<>());
    }
    Set<String> seen = new LinkedHashSet<>();
    for (Claim claim : claims) {
      if (!seen.add(claim.role.kind + " " + Directory.key(claim.printedName))) {
        continue;
      }
      String key = Directory.key(claim.printedName);
      // The operator's mapping decides before the directory does.
      boolean byDirectory = claim.role.kind == Kind.USER && !directory.isMapped(claim.printedName);
      if (byDirectory && directoryRefusals.containsKey(key)) {
        problems.add(problem(claim, claim.role.subject + " «" + claim.printedName + "» " + directoryRefusals.get(key)));
        continue;
      }
      try {
        found.put(claim, byDirectory && directoryIds.containsKey(key)
            ? new Directory.Id(directoryIds.get(key), false) : directory.idOf(claim.printedName));
      } catch (Directory.UnusableName e) {
        problems.add(problem(claim, claim.role.source + " «" + claim.printedName + "» non si ricava un identificativo: "
            + e.getMessage() + " (scrivere il nome in lettere latine o indicarne l'identificativo nel file di mappatura)"));
      }
    }
    Map<Kind, Map<String, Owner>> holders = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      Set<String> wanted = new LinkedHashSet<>();
      found.forEach((claim, id) -> {
        if (claim.role.kind == kind) {
          wanted.add(id.value());
        }
      });
      holders.put(kind, wanted.isEmpty() ? Map.of() : owners.of(kind, wanted));
    }
    List<Registration> registrations = new ArrayList<>();
    found.forEach((claim, id) -> {
      Kind kind = claim.role.kind;
      String refusal = refusal(claim, id, firsts.get(kind).get(id.value()), holders.get(kind).get(id.value()));
      if (refusal != null) {
        problems.add(problem(claim, refusal));
        return;
      }
      ids.get(kind).put(Directory.key(claim.printedName), id.value());
      if (firsts.get(kind).putIfAbsent(id.value(), claim) == null && takesOver(holders.get(kind).get(id.value()))) {
        registrations.add(new Registration(kind, id.value(), claim.printedName));
      }
    });
    return new Outcome(ids, registrations, problems);
  }

  /** Why {@code claim} may not have {@code id}, or null. */
  private String refusal(Claim claim, Directory.Id id, Claim earlier, Owner owner) {
    String gives = claim.role.subject + " «" + claim.printedName + "» darebbe l'identificativo «" + id.value() + "», ";
    if (claim.role.kind == Kind.GROUP && id.mapped() && roleGroups.contains(id.value())) {
      return claim.role.subject + " «" + claim.printedName + "» è associato nel file di mappatura a «" + id.value()
          + "», un gruppo di ruolo: un ufficio non può esserlo";
    }
    if (id.mapped()) {
      return null;
    }
    if (reserved.contains(id.value()) || (claim.role.kind == Kind.GROUP && roleGroups.contains(id.value()))) {
      return gives + "riservato a un ruolo o all'amministrazione";
    }
    String same = claim.role.kind == Kind.USER ? "la stessa persona" : "lo stesso ufficio";
    String choice = ": se sono " + same + " correggere il nome, altrimenti indicarne l'identificativo nel file di mappatura";
    if (earlier != null && !sameName(earlier.printedName, claim.printedName)) {
      return gives + "che è già di «" + earlier.printedName + "» (riga " + earlier.line + ")" + choice;
    }
    String holder = owner instanceof Owner.Sheet sheet ? sheet.printedName()
        : owner instanceof Owner.OlderSheet older ? older.printedName() : null;
    if (holder != null && !sameName(holder, claim.printedName)) {
      return gives + "che è già di «" + holder + "» (da un foglio importato prima)" + choice;
    }
    if (owner instanceof Owner.Account) {
      return gives + "che è già " + (claim.role.kind == Kind.USER ? "un utente" : "un gruppo")
          + " non creato dai fogli PEG: indicarne l'identificativo nel file di mappatura";
    }
    return null;
  }

  /** A free id, or one an older import made, becomes the sheets' from now on; an account never does. */
  private static boolean takesOver(Owner owner) {
    return owner == null || owner instanceof Owner.OlderSheet;
  }

  private static boolean sameName(String a, String b) {
    return Directory.key(a).equals(Directory.key(b));
  }

  private static Problem problem(Claim claim, String message) {
    return new Problem(claim.line, claim.context, message);
  }
}
