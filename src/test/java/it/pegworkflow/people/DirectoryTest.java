package it.pegworkflow.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DirectoryTest {

  private final Directory byRule = Directory.byRule();

  @Test
  void idsAreTheLettersOfTheNameInLowerCase() {
    assertThat(byRule.idOf("VERNA MARCO")).isEqualTo(new Directory.Id("vernamarco", false));
    assertThat(byRule.idOf("DEL MORO SANDRA").value()).isEqualTo("delmorosandra");
    assertThat(byRule.idOf("NICCOLÒ D'ARRIGO").value()).isEqualTo("niccolodarrigo");
    assertThat(byRule.idOf("SERVIZIO SOCIALE AMMINISTRATIVO").value()).isEqualTo("serviziosocialeamministrativo");
  }

  @Test
  void theMappingOverridesTheRuleWhateverTheSpacingAndCase() {
    var directory = new Directory(Map.of("Verna  Marco", "mverna01"));
    assertThat(directory.idOf("VERNA MARCO")).isEqualTo(new Directory.Id("mverna01", true));
    assertThat(directory.idOf("FOTI FILIPPO")).isEqualTo(new Directory.Id("fotifilippo", false));
  }

  @Test
  void aMappedIdOutsideCamundasWhitelistIsRefused() {
    assertThatThrownBy(() -> new Directory(Map.of("VERNA MARCO", "marco.verna")))
        .hasMessageContaining("«marco.verna» non valido");
  }

  @Test
  void aNameWithLettersOfAnotherScriptMakesNoId() {
    assertThatThrownBy(() -> byRule.idOf("ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΑΝΝΗΣ")).isInstanceOf(Directory.UnusableName.class)
        .hasMessage("la lettera «Π» non è dell'alfabeto latino");
    // a Cyrillic А that looks like a Latin A: dropped, it would have made "dmin"; read as A, "admin"
    assertThatThrownBy(() -> byRule.idOf("\u0410DMIN")).hasMessage("la lettera «\u0410» non è dell'alfabeto latino");
    assertThatThrownBy(() -> byRule.idOf("STRAUß ANNA")).hasMessage("la lettera «ß» non ha un equivalente tra a e z");
    assertThatThrownBy(() -> byRule.idOf("- . -")).hasMessage("il nome non contiene lettere né cifre");
  }

  @Test
  void theMappingNamesWhatTheRuleCannotRead() {
    var directory = new Directory(Map.of("ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΑΝΝΗΣ", "papadopoulos"));
    assertThat(directory.idOf("ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΑΝΝΗΣ")).isEqualTo(new Directory.Id("papadopoulos", true));
  }
}
