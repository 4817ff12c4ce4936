package it.pegworkflow.importing;

import it.pegworkflow.process.PegProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import it.pegworkflow.sheet.SheetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports the sheets named by {@code peg.import-at-startup} (files,
 * or folders whose {@code .txt} files are read in name order). Each file is imported on its own:
 * a bad file is reported and the others still come in; an objective already there is skipped.
 */
@Component
@Order(1)
class StartupImport implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(StartupImport.class);

  private final ObjectiveImport objectiveImport;
  private final PegProperties properties;

  StartupImport(ObjectiveImport objectiveImport, PegProperties properties) {
    this.objectiveImport = objectiveImport;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    for (Path path : properties.importAtStartup()) {
      for (Path file : sheetsIn(path)) {
        importFile(file);
      }
    }
  }

  private static List<Path> sheetsIn(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> files = Files.list(path)) {
      return files.filter(f -> f.getFileName().toString().toLowerCase().endsWith(".txt")).sorted().toList();
    }
  }

  private void importFile(Path file) throws IOException {
    try {
      var imported = objectiveImport.importSheet(Files.readAllBytes(file));
      LOG.info("Importati da {}: {}", file, imported.stream().map(ObjectiveImport.Imported::code).toList());
    } catch (ObjectiveAlreadyImported e) {
      LOG.info("{}: {}", file, e.getMessage());
    } catch (SheetException e) {
      LOG.error("{} non importato:\n{}", file, e.getMessage());
    } catch (DirectoryDown e) {
      LOG.error("{} non importato: {}", file, e.getMessage());
    }
  }
}
