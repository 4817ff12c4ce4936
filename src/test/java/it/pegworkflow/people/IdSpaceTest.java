package it.pegworkflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.people.IdSpace.Claim;
import it.pegworkflow.people.IdSpace.Kind;
import it.pegworkflow.people.IdSpace.Owner;
import it.pegworkflow.people.IdSpace.Problem;
import it.pegworkflow.people.IdSpace.Registration;
import it.pegworkflow.people.IdSpace.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which id each printed name gets, and which names are refused, with the operator's mapping or without. */
class IdSpaceTest {

  private static final Set<String> ROLES = Set.of("controllogestione", "dirigenti", "camunda-admin");
  private static final Set<String> RESERVED = Set.of("controllogestione", "dirigenti", "camundaadmin", "admin");

  /** Who holds ids: an administrator account, a role group, a user an earlier sheet made. */
  private final Map<Kind, Map<String, Owner>> holders = Map.of(
      Kind.USER, Map.of("pegadmin", new Owner.Account(), "rossianna", new Owner.Sheet("ROSSI ANNA"),
          "vernamarco", new Owner.OlderSheet("Verna Marco"), "bianchiluca", new Owner.OlderSheet("Bianchi Lucia")),
      Kind.GROUP, Map.of("controllogestione", new Owner.Account()));

  private IdSpace.Outcome resolve(Map<String, String> mapping, Claim... claims) {
    return new IdSpace(new Directory(mapping), RESERVED, ROLES).resolve(List.of(claims), (kind, ids) -> {
      Map<String, Owner> found = new HashMap<>(holders.get(kind));
      found.keySet().retainAll(ids);
      return found;
    });
  }

  private static Claim responsible(String name, int line) {
    return new Claim(Role.RESPONSIBLE, name, line, "fase " + line);
  }

  @Test
  void newNamesGetTheRuleAndAreRegisteredOnceAndKnownOnesAreKept() {
    var outcome = resolve(Map.of(), responsible("BIANCHI LUCIA", 10), responsible("Bianchi  Lucia", 14),
        responsible("ROSSI ANNA", 18), responsible("VERNA MARCO", 22), new Claim(Role.CENTRE, "UFFICIO GARE", 10, "x"));

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.id(Role.RESPONSIBLE, "BIANCHI LUCIA")).isEqualTo("bianchilucia");
    assertThat(outcome.id(Role.MANAGER, "ROSSI ANNA")).isEqualTo("rossianna");
    assertThat(outcome.id(Role.UNIT, "Ufficio Gare")).isEqualTo("ufficiogare");
    // a user an import made before the registry: taken over under the name it was made from
    assertThat(outcome.registrations()).containsExactly(new Registration(Kind.USER, "bianchilucia", "BIANCHI LUCIA"),
        new Registration(Kind.USER, "vernamarco", "VERNA MARCO"), new Registration(Kind.GROUP, "ufficiogare", "UFFICIO GARE"));
  }

  @Test
  void reservedIdsAccountsAndOtherSpellingsAreRefusedAtTheirLine() {
    var outcome = resolve(Map.of(), responsible("ADMIN", 3), responsible("PEG ADMIN", 4), responsible("ROSSÌ ANNA", 5),
        responsible("BIANCHI LUCA", 6), responsible("DE LUCA MARIA", 7), responsible("DELUCA MARIA", 8),
        new Claim(Role.CENTRE, "Controllo Gestione", 9, "fase 9"), new Claim(Role.DEPARTMENT, "DIRIGENTI", 2, "obiettivo"));

    assertThat(outcome.problems()).extracting(Problem::line).containsExactly(3, 4, 5, 6, 8, 9, 2);
    assertThat(outcome.problems().get(3).message()).isEqualTo("il responsabile «BIANCHI LUCA» darebbe l'identificativo "
        + "«bianchiluca», che è già di «Bianchi Lucia» (da un foglio importato prima): se sono la stessa persona correggere "
        + "il nome, altrimenti indicarne l'identificativo nel file di mappatura");
    assertThat(outcome.problems().get(4).message()).contains("che è già di «DE LUCA MARIA» (riga 7)");
    assertThat(outcome.registrations()).containsExactly(new Registration(Kind.USER, "delucamaria", "DE LUCA MARIA"));
  }

  @Test
  void theMappingMayNameAnAccountOrJoinTwoSpellingsButNeverMakeAnOfficeARole() {
    var outcome = resolve(Map.of("ADMIN PEG", "pegadmin", "ROSSÌ ANNA", "rossianna", "GESTIONE", "controllogestione",
            "ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΑΝΝΗΣ", "papadopoulos"),
        responsible("ADMIN PEG", 3), responsible("ROSSÌ ANNA", 4), responsible("ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΑΝΝΗΣ", 5),
        new Claim(Role.CENTRE, "GESTIONE", 6, "fase 6"));

    assertThat(outcome.problems()).extracting(Problem::line, Problem::message).containsExactly(org.assertj.core.api
        .Assertions.tuple(6, "il Centro di Responsabilità «GESTIONE» è associato nel file di mappatura a "
            + "«controllogestione», un gruppo di ruolo: un ufficio non può esserlo"));
    assertThat(outcome.id(Role.RESPONSIBLE, "ADMIN PEG")).isEqualTo("pegadmin");
    assertThat(outcome.id(Role.RESPONSIBLE, "ROSSÌ ANNA")).isEqualTo("rossianna");
    assertThat(outcome.registrations()).containsExactly(new Registration(Kind.USER, "papadopoulos", "ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΑΝΝΗΣ"));
  }

  @Test
  void theDirectorysIdsAreCheckedLikeTheRulesAndItsRefusalsAreProblemsAtTheirLine() {
    var outcome = new IdSpace(new Directory(Map.of("ROSSÌ ANNA", "arossi2")), RESERVED, ROLES).resolve(
        List.of(responsible("VERNA MARCO", 3), responsible("GALLI PAOLO", 4), responsible("GALLÌ PAOLO", 5),
            responsible("ESPOSITO LUCA", 6), responsible("ROSSÌ ANNA", 7), responsible("ADMIN ADMIN", 8)),
        (kind, ids) -> Map.of(),
        Map.of("VERNA MARCO", "mverna", "GALLI PAOLO", "pgalli", "GALLÌ PAOLO", "pgalli", "ADMIN ADMIN", "admin",
            "ROSSÌ ANNA", "arossi"),
        Map.of("ESPOSITO LUCA", "è ambiguo: …"));

    assertThat(outcome.id(Role.RESPONSIBLE, "VERNA MARCO")).isEqualTo("mverna");
    assertThat(outcome.id(Role.RESPONSIBLE, "ROSSÌ ANNA")).as("the mapping decides").isEqualTo("arossi2");
    // What the directory refused comes first, as names the rule makes no id of: found before the ids are compared.
    assertThat(outcome.problems()).extracting(Problem::line, Problem::message).containsExactly(
        org.assertj.core.api.Assertions.tuple(6, "il responsabile «ESPOSITO LUCA» è ambiguo: …"),
        org.assertj.core.api.Assertions.tuple(5, "il responsabile «GALLÌ PAOLO» darebbe l'identificativo «pgalli», che è "
            + "già di «GALLI PAOLO» (riga 4): se sono la stessa persona correggere il nome, altrimenti indicarne "
            + "l'identificativo nel file di mappatura"),
        org.assertj.core.api.Assertions.tuple(8, "il responsabile «ADMIN ADMIN» darebbe l'identificativo «admin», "
            + "riservato a un ruolo o all'amministrazione"));
  }
}
