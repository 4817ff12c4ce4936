package it.pegworkflow.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sheet's printed names found in a real LDAP server, and the logins checked by a bind. */
class DirectoryPeopleTest {

  static final String OPENLDAP_FILTER = "(&(objectClass=inetOrgPerson)(!(pwdAccountLockedTime=*)))";

  private static TestDirectory server;
  private static DirectoryConnection connection;
  private static DirectoryPeople people;
  private static DirectoryLogin login;

  @BeforeAll
  static void start() {
    server = TestDirectory.start();
    connection = new DirectoryConnection(settings(server.url(), TestDirectory.SERVICE_PASSWORD));
    people = new DirectoryPeople(connection);
    login = new DirectoryLogin(connection);
  }

  @AfterAll
  static void stop() {
    connection.destroy();
    server.down();
  }

  @AfterEach
  void up() {
    server.up();
  }

  static DirectorySettings settings(String url, String servicePassword) {
    return settings(url, servicePassword, Duration.ZERO);
  }

  static DirectorySettings settings(String url, String servicePassword, Duration pauseAfterOutage) {
    return new DirectorySettings(url, TestDirectory.BASE_DN, TestDirectory.SERVICE_DN, servicePassword, OPENLDAP_FILTER,
        "uid", "sn", "givenName", "mail", "ou", "memberOf",
        Map.of("nucleovalutazione", TestDirectory.NUCLEO_GROUP_DN), Duration.ofSeconds(2), pauseAfterOutage);
  }

  @Test
  void aPrintedNameIsThePersonWithThatSurnameAndGivenNameWhateverTheCaseAndTheSpaces() {
    var found = people.find(List.of("VERNA MARCO", "DEL MORO SANDRA", "del  moro sandra"));

    assertThat(found.get("VERNA MARCO").matches()).extracting(DirectoryPerson::login, DirectoryPerson::mail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("mverna", "marco.verna@comune.example.it"));
    assertThat(found.get("DEL MORO SANDRA").matches()).extracting(DirectoryPerson::login).containsExactly("sdelmoro");
    assertThat(found.get("del  moro sandra").matches()).extracting(DirectoryPerson::login).containsExactly("sdelmoro");
  }

  @Test
  void accentsDoNotTellPeopleApartSoTwoSpellingsOfOneNameAreAmbiguous() {
    var found = people.find(List.of("ROSSI ANNA", "ROSSÌ ANNA", "ROSSI' ANNA"));

    for (String printed : List.of("ROSSI ANNA", "ROSSÌ ANNA", "ROSSI' ANNA")) {
      assertThat(found.get(printed).matches()).as(printed).extracting(DirectoryPerson::login)
          .containsExactlyInAnyOrder("arossi", "arossi2");
    }
  }

  @Test
  void homonymsInDifferentOfficesAreBothCandidatesWithTheirOffice() {
    var found = people.find(List.of("ESPOSITO LUCA")).get("ESPOSITO LUCA");

    assertThat(found.matches()).extracting(DirectoryPerson::described).containsExactlyInAnyOrder(
        "Esposito Luca (lesposito, luca.esposito@comune.example.it, Ragioneria)",
        "Esposito Luca (lesposito2, luca.esposito2@comune.example.it, Polizia municipale)");
  }

  @Test
  void nobodyMatchesAMissingNameOrADisabledAccountButPeopleWithItsSurnameAreOffered() {
    var found = people.find(List.of("VERNA MARIO", "BIANCHI MARIO"));

    assertThat(found.get("VERNA MARIO").matches()).isEmpty();
    assertThat(found.get("VERNA MARIO").similar()).extracting(DirectoryPerson::login).containsExactly("mverna");
    assertThat(found.get("BIANCHI MARIO").matches()).as("disabled").isEmpty();
  }

  @Test
  void aLoginIsABindWithThePersonsDirectoryPassword() {
    assertThat(login.check("mverna", TestDirectory.PASSWORD).outcome()).isEqualTo(DirectoryLogin.Outcome.ACCEPTED);
    assertThat(login.check("mverna", "Sbagliata-1").outcome()).isEqualTo(DirectoryLogin.Outcome.REFUSED);
    assertThat(login.check("mverna", "").outcome()).as("an empty password is an anonymous bind in LDAP")
        .isEqualTo(DirectoryLogin.Outcome.REFUSED);
    assertThat(login.check("mbianchi", TestDirectory.PASSWORD).outcome()).as("disabled")
        .isEqualTo(DirectoryLogin.Outcome.REFUSED);
    assertThat(login.check("nessuno", TestDirectory.PASSWORD).outcome()).isEqualTo(DirectoryLogin.Outcome.REFUSED);
    assertThat(login.check("*", TestDirectory.PASSWORD).outcome()).as("a filter's wildcard is only a name")
        .isEqualTo(DirectoryLogin.Outcome.REFUSED);
  }

  @Test
  void aDirectoryThatIsDownSaysSoAndAnswersAgainWhenItIsBack() {
    server.down();

    assertThat(login.check("mverna", TestDirectory.PASSWORD).outcome()).isEqualTo(DirectoryLogin.Outcome.UNAVAILABLE);
    assertThatThrownBy(() -> people.find(List.of("VERNA MARCO"))).isInstanceOf(DirectoryUnavailable.class);

    server.up();

    assertThat(login.check("mverna", TestDirectory.PASSWORD).outcome()).isEqualTo(DirectoryLogin.Outcome.ACCEPTED);
    assertThat(people.find(List.of("VERNA MARCO")).get("VERNA MARCO").matches()).hasSize(1);
  }

  @Test
  void afterAnOutageTheDirectoryIsLeftAloneForAWhileSoThatLoginsDoNotEachWaitForIt() throws InterruptedException {
    DirectoryConnection paused = new DirectoryConnection(settings(server.url(), TestDirectory.SERVICE_PASSWORD,
        Duration.ofMillis(800)));
    DirectoryLogin logins = new DirectoryLogin(paused);
    try {
      server.down();
      assertThat(logins.check("mverna", TestDirectory.PASSWORD).outcome()).isEqualTo(DirectoryLogin.Outcome.UNAVAILABLE);
      server.up();
      assertThat(logins.check("mverna", TestDirectory.PASSWORD).outcome()).as("within the pause")
          .isEqualTo(DirectoryLogin.Outcome.UNAVAILABLE);
      Thread.sleep(1_000);
      assertThat(logins.check("mverna", TestDirectory.PASSWORD).outcome()).isEqualTo(DirectoryLogin.Outcome.ACCEPTED);
    } finally {
      paused.destroy();
    }
  }

  @Test
  void aServiceAccountTheDirectoryRefusesIsAnOutageNotARefusalOfThePerson() {
    DirectoryConnection wrong = new DirectoryConnection(settings(server.url(), "Non-Questa-1"));
    try {
      assertThat(new DirectoryLogin(wrong).check("mverna", TestDirectory.PASSWORD).outcome())
          .isEqualTo(DirectoryLogin.Outcome.UNAVAILABLE);
    } finally {
      wrong.destroy();
    }
  }
}
