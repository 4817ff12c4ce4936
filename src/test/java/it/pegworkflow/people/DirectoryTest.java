package it.pegworkflow.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.pegworkflow.objective.Person;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DirectoryTest {

  @Test
  void userIdsAreTheLettersOfTheNameInLowerCase() {
    var directory = Directory.byRule();
    assertThat(directory.userId(new Person("VERNA MARCO", "P.O. INCLUSIONE SOCIALE"))).isEqualTo("vernamarco");
    assertThat(directory.userId(Person.named("DEL MORO SANDRA"))).isEqualTo("delmorosandra");
    assertThat(directory.userId(Person.named("NICCOLÒ D'ARRIGO"))).isEqualTo("niccolodarrigo");
  }

  @Test
  void groupIdsFollowTheSameRule() {
    assertThat(Directory.byRule().groupId("SERVIZIO SOCIALE AMMINISTRATIVO")).isEqualTo("serviziosocialeamministrativo");
  }

  @Test
  void theMappingOverridesTheRuleWhateverTheSpacingAndCase() {
    var directory = new Directory(Map.of("Verna  Marco", "mverna01"));
    assertThat(directory.userId(Person.named("VERNA MARCO"))).isEqualTo("mverna01");
    assertThat(directory.userId(Person.named("FOTI FILIPPO"))).isEqualTo("fotifilippo");
  }

  @Test
  void aMappedIdOutsideCamundasWhitelistIsRefused() {
    assertThatThrownBy(() -> new Directory(Map.of("VERNA MARCO", "marco.verna")))
        .hasMessageContaining("«marco.verna» non valido");
  }
}
