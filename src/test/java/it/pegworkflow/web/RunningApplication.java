package it.pegworkflow.web;

import it.pegworkflow.process.ProcessConstants;
import it.pegworkflow.process.ProcessHarness;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on a random port, one context for every test of this package (same annotations,
 * so Spring caches it). The database is shared: each test imports the real sheet under a code of
 * its own. The job executor is off: tests move the clock and run due jobs themselves.
 *
 * <p>The engine keeps its production name {@code default}: the engine REST API's authentication
 * filter only finds the engine by that name for {@code /engine-rest/...} URLs (with the unique name
 * of application-test.yaml it answers 404 "Process engine default not available").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.generate-unique-process-engine-name=false",
    "peg.admin.user=" + RunningApplication.ADMIN,
    "peg.admin.password=" + RunningApplication.PASSWORD})
@ActiveProfiles("test")
abstract class RunningApplication {

  static final String ADMIN = "pegadmin";
  /** Every user of these tests has this password; the sheets' people get it from {@link #user}. */
  static final String PASSWORD = "Segreta-123";
  static final String CONTROLLO = "controllotest";
  static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final AtomicInteger CODES = new AtomicInteger();

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identity;
  @Autowired
  ManagementService management;
  @Autowired
  HistoryService history;

  @BeforeEach
  void controlloDiGestione() {
    user(CONTROLLO, ProcessConstants.CONTROLLO_GROUP);
  }

  @AfterEach
  void resetClock() {
    ProcessHarness.resetClock();
  }

  Api anonymous() {
    return Api.anonymous(port);
  }

  Api as(String userId) {
    return Api.as(port, userId, PASSWORD);
  }

  /** Makes {@code id} a user with {@link #PASSWORD} (creating it if no sheet did) in {@code groups}. */
  void user(String id, String... groups) {
    User user = identity.createUserQuery().userId(id).singleResult();
    if (user == null) {
      user = identity.newUser(id);
      user.setFirstName("Test");
      user.setLastName(id);
    }
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    // Camunda locks a user for seconds after a wrong password, and tests move the clock back years.
    identity.unlockUser(id);
    for (String group : groups) {
      if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identity.createMembership(id, group);
      }
    }
  }

  /** The real Firenze sheet 2017_ZN02 under {@code code}. */
  static String realSheet(String code) {
    return ProcessHarness.realSheet(code);
  }

  /** A code no other test uses: the database lives as long as the cached context. */
  static String newCode() {
    return "2017_W" + CODES.incrementAndGet() + "X" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
  }

  /** Noon of that day in Florence: after every timer of the day before, before the day's end. */
  static void today(String isoDay) {
    ProcessHarness.today(isoDay);
  }

  long processInstances(String code) {
    return history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessConstants.PROCESS_KEY).processInstanceBusinessKey(code).count();
  }

  /** Runs the instance's due jobs (timers, asynchronous steps), and those they make due. */
  void runDueJobs(String processInstanceId) {
    ProcessHarness.runDueJobs(management, processInstanceId, false);
  }
}
