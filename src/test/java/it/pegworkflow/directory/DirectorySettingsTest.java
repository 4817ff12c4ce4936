package it.pegworkflow.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The settings as an operator gives them: from the environment, as docs/directory.md writes them. */
class DirectorySettingsTest {

  private static DirectorySettings fromEnvironment(Map<String, Object> variables) {
    var environment = new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables);
    return new Binder(ConfigurationPropertySources.from(environment)).bindOrCreate("peg.ldap", DirectorySettings.class);
  }

  @Test
  void withoutAnAddressThereIsNoDirectory() {
    assertThat(fromEnvironment(Map.of()).configured()).isFalse();
    assertThat(fromEnvironment(Map.of("PEG_LDAP_URL", " ")).configured()).isFalse();
  }

  @Test
  void theEnvironmentGivesEverySettingAndARoleGroupPerRole() {
    DirectorySettings settings = fromEnvironment(Map.of(
        "PEG_LDAP_URL", "ldaps://dc1.comune.example.it:636 ldaps://dc2.comune.example.it:636",
        "PEG_LDAP_LOGINATTRIBUTE", "sAMAccountName",
        "PEG_LDAP_ROLEGROUPS_NUCLEOVALUTAZIONE", "CN=PEG Nucleo di Valutazione,OU=Gruppi,DC=comune,DC=example,DC=it"));

    assertThat(settings.urls()).containsExactly("ldaps://dc1.comune.example.it:636", "ldaps://dc2.comune.example.it:636");
    assertThat(settings.loginAttribute()).isEqualTo("sAMAccountName");
    assertThat(settings.roleGroups()).containsExactly(
        Map.entry("nucleovalutazione", "CN=PEG Nucleo di Valutazione,OU=Gruppi,DC=comune,DC=example,DC=it"));
    assertThat(settings.surnameAttribute()).isEqualTo("sn");
    assertThat(settings.timeout()).hasSeconds(5);
  }
}
