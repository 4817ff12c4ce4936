package it.pegworkflow.mailing;

import it.pegworkflow.importing.ObjectiveImport;
import it.pegworkflow.mail.Frequency;
import it.pegworkflow.process.ProcessHarness;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with a real SMTP server (one per JVM, shared by these tests' one Spring context),
 * the job executor off and the clock in the test's hands; the tests send the outbox and look for
 * phases due soon themselves ({@link Postman#sendDue()}, {@link DueSoonReminders#remind()}). Each
 * test starts with an empty outbox and an empty mailbox.
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class MailTest {

  static final String BASE_URL = "https://peg.comune.example";
  static final String DOMAIN = "@comune.example";
  static final MailServer SMTP = new MailServer().start();

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry properties) {
    properties.add("spring.mail.host", () -> "127.0.0.1");
    properties.add("spring.mail.port", SMTP::port);
    properties.add("peg.mail.base-url", () -> BASE_URL + "/");
    properties.add("peg.mail.from", () -> "PEG Workflow <peg" + DOMAIN + ">");
  }

  @Autowired ProcessEngine engine;
  @Autowired ObjectiveImport objectiveImport;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired Postman postman;
  @Autowired DueSoonReminders reminders;
  @Autowired NotificationSettings notifications;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void emptyOutboxAndMailbox() {
    SMTP.stop();
    SMTP.start();
    jdbc.sql("delete from peg_mail_outbox").update();
    jdbc.sql("delete from peg_mail_preference").update();
    jdbc.sql("delete from peg_mail_unreachable").update();
  }

  @AfterEach
  void resetClock() {
    ProcessHarness.resetClock();
  }

  /** The real Firenze sheet under a code of its own, imported on {@code day}; its process instance. */
  String importObjective(String code, String day) {
    ProcessHarness.today(day);
    return objectiveImport.importSheet(ProcessHarness.realSheet(code).getBytes(StandardCharsets.UTF_8)).get(0)
        .processInstanceId();
  }

  /** {@code id} (a user the sheet made, or a new one) with an address and a name; a frequency if given. */
  void person(String id, Frequency frequency, String... groups) {
    User user = identity.createUserQuery().userId(id).singleResult();
    if (user == null) {
      user = identity.newUser(id);
      user.setFirstName("Membro");
      user.setLastName(id);
      user.setPassword("Segreta-123");
    }
    user.setEmail(id + DOMAIN);
    identity.saveUser(user);
    for (String group : groups) {
      if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identity.createMembership(id, group);
      }
    }
    if (frequency != null) {
      notifications.set(id, frequency);
    }
  }

  void runDueJobs(String instance) {
    ProcessHarness.runDueJobs(management, instance, false);
  }

  String link(String taskId) {
    return BASE_URL + "/camunda/app/tasklist/" + engine.getName() + "/#/?task=" + taskId;
  }

  static String code() {
    return ProcessHarness.newCode();
  }
}
