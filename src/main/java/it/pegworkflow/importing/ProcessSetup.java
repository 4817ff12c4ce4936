package it.pegworkflow.importing;

import it.pegworkflow.process.PegProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import it.pegworkflow.people.Directory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings and the directory of people the process package works with. */
@Configuration
@EnableConfigurationProperties(PegProperties.class)
class ProcessSetup {

  /** The rule for ids, overridden by the mapping file's {@code SURNAME NAME = userid} lines. */
  @Bean
  Directory directory(PegProperties properties) {
    if (properties.directoryMapping() == null) {
      return Directory.byRule();
    }
    Map<String, String> overrides = new LinkedHashMap<>();
    try {
      int lineNumber = 0;
      for (String line : Files.readAllLines(properties.directoryMapping(), StandardCharsets.UTF_8)) {
        lineNumber++;
        String content = line.strip();
        if (content.isEmpty() || content.startsWith("#")) {
          continue;
        }
        int equals = content.lastIndexOf('=');
        if (equals < 1) {
          throw new IllegalStateException("File di mappatura " + properties.directoryMapping() + ", riga " + lineNumber
              + ": atteso «COGNOME NOME = identificativo»");
        }
        overrides.put(content.substring(0, equals).strip(), content.substring(equals + 1).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Non riesco a leggere il file di mappatura " + properties.directoryMapping(), e);
    }
    return new Directory(overrides);
  }
}
