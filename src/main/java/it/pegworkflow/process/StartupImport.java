package it.pegworkflow.process;

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
 * Sets up the fixed groups, the access rules and the Tasklist filters, and imports the sheets named by {@code peg.import-at-startup} (files,
 * or folders whose {@code .txt} files are read in name order). Each file is imported on its own:
 * a bad file is reported and the others still come in; an objective already there is skipped.
 */
@Component
@Order(1)
class StartupImport implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(StartupImport.class);

  private final ObjectiveImport objectiveImport;
  private final IdentityProvisioning provisioning;
  private final AccessRules access;
  private final TasklistFilters filters;
  private final AdministratorSetup administrator;
  private final PegProperties properties;

  StartupImport(ObjectiveImport objectiveImport, IdentityProvisioning provisioning, AccessRules access,
      TasklistFilters filters, AdministratorSetup administrator, PegProperties properties) {
    this.objectiveImport = objectiveImport;
    this.provisioning = provisioning;
    this.access = access;
    this.filters = filters;
    this.administrator = administrator;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    provisioning.provideFixedGroups();
    access.provideRoles();
    filters.provide();
    if (properties.admin().configured()) {
      administrator.provide(properties.admin().user(), properties.admin().password());
    }
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
    }
  }
}
