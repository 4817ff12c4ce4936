package it.pegworkflow.web;

import it.pegworkflow.directory.TestDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with the municipality's directory: UnboundID's in-memory LDAP server with the
 * demo's people (src/test/resources/directory/comune.ldif), configured as an operator would
 * (peg.ldap.*), with the mapping file of directory/mapping.txt and the Nucleo granted by a
 * directory group. One context for every test of this kind. Each test starts with the directory
 * up and as in the LDIF.
 *
 * <p>Its engine has a name of its own: the context of {@link RunningApplication}, whose engine is
 * {@code default}, may be running in the same JVM, and Camunda registers engines by name for the
 * whole JVM. So the engine's REST API is called under {@code /engine-rest/engine/{name}/...}, and
 * the webapps under {@code .../{name}/...} ({@link #engineRest}, {@link #engineName}).
 */
abstract class WithDirectory extends RunningApplication {

  static final TestDirectory DIRECTORY = TestDirectory.start();
  static final String DIRECTORY_PASSWORD = TestDirectory.PASSWORD;
  /** The seed sheet's people as the directory knows them. */
  static final List<String> SEED_PEOPLE = List.of("mverna", "gbonanni", "sdelmoro", "ffoti", "vcavalleri");

  @DynamicPropertySource
  static void directory(DynamicPropertyRegistry registry) {
    registry.add("camunda.bpm.generate-unique-process-engine-name", () -> "true");
    registry.add("peg.ldap.url", DIRECTORY::url);
    registry.add("peg.ldap.base-dn", () -> TestDirectory.BASE_DN);
    registry.add("peg.ldap.bind-dn", () -> TestDirectory.SERVICE_DN);
    registry.add("peg.ldap.bind-password", () -> TestDirectory.SERVICE_PASSWORD);
    registry.add("peg.ldap.timeout", () -> "2s");
    // The tests bring the directory back and log in at once.
    registry.add("peg.ldap.pause-after-outage", () -> "0s");
    registry.add("peg.ldap.role-groups.nucleovalutazione", () -> TestDirectory.NUCLEO_GROUP_DN);
    registry.add("peg.directory-mapping", WithDirectory::mappingFile);
  }

  @BeforeEach
  void directoryAsInTheLdif() {
    DIRECTORY.up();
    // A test's wrong password slows the account down for seconds (Camunda's delay): not the next test's.
    List<String> everyone = new ArrayList<>(SEED_PEOPLE);
    everyone.addAll(List.of("arossi", "arossi2", "pgalli", "gneri"));
    everyone.forEach(identity::unlockUser);
  }

  @org.springframework.beans.factory.annotation.Autowired
  org.camunda.bpm.engine.ProcessEngine engine;

  String engineName() {
    return engine.getName();
  }

  /** {@code path} (e.g. {@code /task}) of this context's engine in the engine's REST API. */
  String engineRest(String path) {
    return "/engine-rest/engine/" + engine.getName() + path;
  }

  Api asInDirectory(String userId) {
    return Api.as(port, userId, DIRECTORY_PASSWORD);
  }

  private static String mappingFile() {
    try {
      return new ClassPathResource("directory/mapping.txt").getFile().getAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
