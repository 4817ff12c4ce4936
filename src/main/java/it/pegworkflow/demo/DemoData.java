package it.pegworkflow.demo;

import it.pegworkflow.platform.PasswordPolicyExemption;
import it.pegworkflow.access.AdministratorSetup;
import it.pegworkflow.importing.ObjectiveAlreadyImported;
import it.pegworkflow.importing.ObjectiveImport;
import it.pegworkflow.varying.PlanVariations;
import it.pegworkflow.varying.VariationRefused;
import it.pegworkflow.process.ProcessConstants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo ({@code demo} profile only): the real Firenze sheet moved into the current year, an
 * example objective whose phases are late, running and still to come, and demo users who all log
 * in with the password {@value #PASSWORD}.
 */
@Component
@Profile("demo")
@Order(2)
class DemoData implements ApplicationRunner {

  static final String PASSWORD = "demo";
  static final String PRODUCTION_PROFILE = "prod";
  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  private final ObjectiveImport objectiveImport;
  private final PlanVariations variations;
  private final AdministratorSetup administrator;
  private final IdentityService identity;
  private final Clock clock;

  DemoData(ObjectiveImport objectiveImport, PlanVariations variations, AdministratorSetup administrator,
      IdentityService identity, Environment environment) {
    if (environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE))) {
      // every demo user logs in with a known password: never on a production server
      throw new IllegalStateException("La demo (profilo «demo») non parte con il profilo di produzione «"
          + PRODUCTION_PROFILE + "»: i suoi utenti hanno una password nota");
    }
    this.objectiveImport = objectiveImport;
    this.variations = variations;
    this.administrator = administrator;
    this.identity = identity;
    this.clock = Clock.systemDefaultZone();
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    LocalDate today = LocalDate.now(clock);
    String firenze = DemoSheets.movedToYear(read("demo/2017_ZN02.txt"), 2017, today.getYear());
    importSheet(firenze);
    importSheet(DemoSheets.datedFrom(read("demo/ZN05-esempio.txt"), today));
    demoUser("admin", "Amministratore", "PEG", null);
    administrator.appoint("admin");
    demoUser("nucleo", "Nucleo", "di Valutazione", ProcessConstants.NUCLEO_GROUP);
    demoUser("controllo", "Controllo", "di Gestione", ProcessConstants.CONTROLLO_GROUP);
    extendPhaseTwo(firenze, today.getYear());
    // The demo's own users, and nobody else's, skip the password policy: the README's password is "demo".
    for (User user : identity.createUserQuery().list()) {
      user.setPassword(PASSWORD);
      PasswordPolicyExemption.saveUser(identity, user);
    }
    LOG.info("Demo pronta: Tasklist e Cockpit su /camunda, utenti {} con password «{}»",
        identity.createUserQuery().list().stream().map(User::getId).toList(), PASSWORD);
  }

  private void importSheet(String sheet) {
    try {
      objectiveImport.importSheet(sheet.getBytes(StandardCharsets.UTF_8));
    } catch (ObjectiveAlreadyImported e) {
      LOG.info("Demo: {}", e.getMessage());
    }
  }

  /**
   * The Giunta's variation of July moves the end of the Firenze objective's phase 2 to 31 December,
   * so the demo's Gantt shows a baseline and its dashboard a varied objective (docs/variations.md).
   * Sent once: on a restart it changes nothing and is refused as such.
   */
  private void extendPhaseTwo(String firenze, int year) {
    String varied = firenze.replace("01/03/" + year + "\t30/11/" + year, "01/03/" + year + "\t31/12/" + year);
    identity.setAuthentication("controllo", List.of(ProcessConstants.CONTROLLO_GROUP));
    try {
      variations.vary(varied.getBytes(StandardCharsets.UTF_8), "Delibera G.C. n. 214 del 18/07/" + year, year + "-07-18", false);
    } catch (VariationRefused e) {
      LOG.info("Demo: {}", e.getMessage());
    } finally {
      identity.clearAuthentication();
    }
  }

  private void demoUser(String id, String firstName, String lastName, String group) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      PasswordPolicyExemption.saveUser(identity, user);
      if (group != null) {
        identity.createMembership(id, group);
      }
    }
  }

  private static String read(String resource) throws IOException {
    return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
  }
}
