package it.pegworkflow.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.pegworkflow.PegApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Known passwords live in the demo only, and the demo never runs in production. */
class DemoRefusesProductionTest {

  private static final Pattern SECRET_SETTING = Pattern.compile("^\\s*[\\w.-]*(password|secret)[\\w.-]*:\\s*(.*)$",
      Pattern.CASE_INSENSITIVE);
  /** A placeholder of an environment variable, without a default: {@code ${PEG_ADMIN_PASSWORD:}}. */
  private static final Pattern FROM_ENVIRONMENT = Pattern.compile("\\$\\{[A-Z0-9_]+:?}");

  @Test
  void theDemoRefusesToStartWithTheProductionProfile() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(PegApplication.class).profiles("test", "demo", "prod")
        .run("--server.port=0", "--spring.jmx.enabled=false"))
        .rootCause().hasMessage("La demo (profilo «demo») non parte con il profilo di produzione «prod»: "
            + "i suoi utenti hanno una password nota");
  }

  @Test
  void passwordsInTheConfigurationComeOnlyFromTheEnvironment() throws IOException {
    List<Path> configurations;
    try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
      configurations = files.filter(f -> f.getFileName().toString().matches("application.*\\.(yaml|yml|properties)"))
          .filter(f -> !f.getFileName().toString().startsWith("application-demo")).toList();
    }
    assertThat(configurations).isNotEmpty();
    for (Path file : configurations) {
      for (String line : Files.readAllLines(file)) {
        Matcher secret = SECRET_SETTING.matcher(line.replace('=', ':'));
        // a switch such as enablePasswordPolicy: true names a password but holds none
        if (secret.matches() && !line.strip().startsWith("#") && !secret.group(2).strip().matches("true|false")) {
          assertThat(secret.group(2).strip()).as(file + ": " + line).matches(FROM_ENVIRONMENT);
        }
      }
    }
  }

  @Test
  void noCodeOutsideTheDemoSetsAKnownPassword() throws IOException {
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      List<String> offenders = sources.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.toString().contains("/demo/"))
          .filter(f -> read(f).matches("(?s).*setPassword\\(\\s*\".*"))
          .map(Path::toString).toList();
      assertThat(offenders).isEmpty();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
