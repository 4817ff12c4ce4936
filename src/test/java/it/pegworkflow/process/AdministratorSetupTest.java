package it.pegworkflow.process;

import it.pegworkflow.access.AdministratorSetup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class AdministratorSetupTest extends ProcessTest {

  @Autowired AdministratorSetup administrators;
  @Autowired IdentityService identity;

  @Test
  void aStartWithoutAnyAdministratorSaysHowToMakeOne(CapturedOutput log) {
    int before = log.getOut().length();
    administrators.warnWithoutAdministrator();

    assertThat(log.getOut().substring(before)).contains(" WARN ").contains("Nessun amministratore")
        .contains("PEG_ADMIN_USER e PEG_ADMIN_PASSWORD");
  }

  @Test
  void withAnAdministratorItSaysNothing(CapturedOutput log) {
    administrators.provide("amministratoreprova", "Prova-Segreta-1");
    try {
      int before = log.getOut().length();
      administrators.warnWithoutAdministrator();

      assertThat(log.getOut().substring(before)).doesNotContain("Nessun amministratore");
    } finally {
      identity.deleteUser("amministratoreprova");
    }
  }

  @Test
  void startingWithPegAdminUnlocksTheAdministratorAndSetsItsPassword() {
    administrators.provide("amministratorebloccato", "Prima-Segreta-1");
    try {
      for (int attempt = 0; attempt < 12; attempt++) {
        identity.checkPassword("amministratorebloccato", "Sbagliata-1");
      }
      assertThat(identity.checkPassword("amministratorebloccato", "Prima-Segreta-1")).isFalse();

      administrators.provide("amministratorebloccato", "Nuova-Segreta-2");

      assertThat(identity.checkPassword("amministratorebloccato", "Nuova-Segreta-2")).isTrue();
      assertThat(identity.createUserQuery().userId("amministratorebloccato").memberOfGroup("camunda-admin").count())
          .isEqualTo(1);
    } finally {
      identity.deleteUser("amministratorebloccato");
    }
  }

  @Test
  void aWeakAdministratorPasswordStopsTheStartWithAReason() {
    assertThatThrownBy(() -> administrators.provide("amministratoredebole", "admin"))
        .hasMessageStartingWith("PEG_ADMIN_PASSWORD non rispetta la politica delle password");
    assertThat(identity.createUserQuery().userId("amministratoredebole").count()).isZero();
  }
}
