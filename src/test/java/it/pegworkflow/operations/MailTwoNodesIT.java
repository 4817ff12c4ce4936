package it.pegworkflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.mailing.MailServer;
import it.pegworkflow.mailing.MailServer.Received;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import it.pegworkflow.mail.Frequency;
import it.pegworkflow.mailing.NotificationSettings;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes on one PostgreSQL, both sending the outbox on their own schedule, while the SMTP relay
 * is down and after it comes back: every notice arrives exactly once; and a day's digest is one
 * e-mail per person, whichever node sends it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailTwoNodesIT {

  private static final int OBJECTIVES = 20;
  private static final int PHASES = 4;
  private static final String ADMIN = "mailnodesadmin";
  private static final String PASSWORD = "Nodi-Segreta-1";
  private static final List<String> PEOPLE = List.of("vernamarco", "bonannigiuseppina", "delmorosandra");
  private static final MailServer SMTP = new MailServer();
  private static ConfigurableApplicationContext nodeA;
  private static ConfigurableApplicationContext nodeB;

  @BeforeAll
  static void startTwoNodesWithTheRelayDown() {
    String url = PostgresServer.freshDatabase("mailnodes");
    nodeA = node("mailNodeA", url);
    nodeB = node("mailNodeB", url);
  }

  @AfterAll
  static void stopThem() {
    if (nodeB != null) {
      nodeB.close();
    }
    if (nodeA != null) {
      nodeA.close();
    }
    SMTP.stop();
  }

  private static ConfigurableApplicationContext node(String name, String url) {
    return InProcessNode.start(name, url, ADMIN, PASSWORD,
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + SMTP.port(),
        "--peg.mail.default-frequency=IMMEDIATE",
        "--peg.mail.poll-interval=300ms",
        "--peg.mail.retry-first=1s",
        "--peg.mail.retry-max=2s",
        "--peg.mail.reminder-interval=1h");
  }


  @Test
  @Order(1)
  void everyNoticeQueuedWhileTheRelayWasDownArrivesOnceWhenItIsBack() throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
    // The people first (an objective of next year: nothing opens), so that they have addresses
    // before any of their phases opens.
    String seed = Sheets.objective((today.getYear() + 1) + "_MSEED", LocalDate.of(today.getYear() + 1, 2, 1),
        LocalDate.of(today.getYear() + 1, 3, 1));
    assertThat(Http.importSheet(InProcessNode.port(nodeA), ADMIN, PASSWORD, seed).status()).isEqualTo(201);
    IdentityService identity = nodeA.getBean(IdentityService.class);
    for (String person : PEOPLE) {
      User user = identity.createUserQuery().userId(person).singleResult();
      user.setEmail(person + "@comune.example");
      identity.saveUser(user);
    }

    var imported = Http.importSheet(InProcessNode.port(nodeB), ADMIN, PASSWORD, Sheets.file(today.getYear() + "_MAIL", OBJECTIVES,
        Sheets.pastStart(today), Sheets.comingEnd(today)));
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);

    JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
    Waiting.until(Duration.ofMinutes(3), () -> count(jdbc, "kind = 'PHASE_OPENED'") == OBJECTIVES * PHASES
        && count(jdbc, "state = 'QUEUED' and attempts >= 2") == count(jdbc, "1 = 1"));
    assertThat(SMTP.received()).isEmpty();
    ManagementService management = nodeA.getBean(ManagementService.class);
    assertThat(management.createJobQuery().withException().count()).as("jobs with an exception").isZero();
    assertThat(nodeA.getBean(RuntimeService.class).createIncidentQuery().count()).as("incidents").isZero();

    SMTP.start();
    Waiting.until(Duration.ofMinutes(2), () -> count(jdbc, "state = 'SENT'") == count(jdbc, "1 = 1"));
    Thread.sleep(3000); // a late duplicate would arrive now

    int rows = count(jdbc, "1 = 1");
    List<Received> received = SMTP.received();
    assertThat(received).hasSize(rows);
    assertThat(received).extracting(Received::outbox).doesNotHaveDuplicates();
    Map<String, Long> perPerson = received.stream().collect(Collectors.groupingBy(Received::to, Collectors.counting()));
    assertThat(perPerson).containsOnlyKeys(PEOPLE.stream().map(p -> p + "@comune.example").toArray(String[]::new));
    assertThat(received.stream().filter(m -> m.subject().startsWith("PEG – Fase da completare"))).hasSize(OBJECTIVES * PHASES);
    Map<String, Integer> perNode = jdbc.sql("select claimed_by, count(*) from peg_mail_outbox group by claimed_by")
        .query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    System.out.printf("Two nodes, relay down then up: %d notices, %d e-mails received, sent per node %s%n",
        rows, received.size(), perNode);
  }

  /** After the relay test: the same people now want a digest; both nodes send, each gets one e-mail. */
  @Test
  @Order(2)
  void eachPersonGetsOneDigestADayThoughBothNodesSend() throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
    NotificationSettings settings = nodeA.getBean(NotificationSettings.class);
    PEOPLE.forEach(person -> settings.set(person, Frequency.DAILY_DIGEST));
    JdbcClient jdbc = nodeB.getBean(JdbcClient.class);
    long before = jdbc.sql("select coalesce(max(id), 0) from peg_mail_outbox").query(Long.class).single();
    int received = SMTP.received().size();

    var imported = Http.importSheet(InProcessNode.port(nodeA), ADMIN, PASSWORD, Sheets.file(today.getYear() + "_DIGEST", 5,
        Sheets.pastStart(today), Sheets.comingEnd(today)));
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    Waiting.until(Duration.ofMinutes(2), () -> count(jdbc, "id > " + before) == 5 * PHASES);
    Thread.sleep(2000);
    assertThat(SMTP.received()).as("nothing before 07:00 tomorrow").hasSize(received);

    try {
      ClockUtil.setCurrentTime(Date.from(today.plusDays(1).atTime(7, 1).atZone(ZoneId.of("Europe/Rome")).toInstant()));
      Waiting.until(Duration.ofMinutes(1), () -> count(jdbc, "id > " + before + " and state = 'SENT'") == 5 * PHASES);
      Thread.sleep(3000); // a second digest would arrive now
    } finally {
      ClockUtil.reset();
    }
    // (the server lists messages by mailbox, not by arrival: the digests are those with its subject)
    List<Received> digests = SMTP.received().stream().filter(m -> m.subject().startsWith("PEG – Riepilogo")).toList();
    assertThat(SMTP.received()).hasSize(received + digests.size());
    String day = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(today.plusDays(1));
    assertThat(digests).extracting(Received::to).containsExactlyInAnyOrder(
        PEOPLE.stream().map(p -> p + "@comune.example").toArray(String[]::new));
    assertThat(digests).allMatch(mail -> mail.subject().startsWith("PEG – Riepilogo del " + day + ": "));
    int notices = digests.stream().mapToInt(mail -> mail.text().split("\\n\\d+\\. Fase da completare", -1).length - 1).sum();
    assertThat(notices).as("every notice in one digest").isEqualTo(5 * PHASES);
  }

  private static int count(JdbcClient jdbc, String where) {
    return jdbc.sql("select count(*) from peg_mail_outbox where " + where).query(Integer.class).single();
  }
}
