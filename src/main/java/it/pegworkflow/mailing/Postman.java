package it.pegworkflow.mailing;

import it.pegworkflow.mail.DigestSchedule;
import it.pegworkflow.mail.Frequency;
import it.pegworkflow.mail.Letter;
import it.pegworkflow.mail.Letters;
import it.pegworkflow.platform.EngineClock;
import it.pegworkflow.process.PegProperties;
import it.pegworkflow.store.MailOutbox;
import it.pegworkflow.store.MailOutbox.Queued;
import it.pegworkflow.store.MailPreferences;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox. Rows are claimed under one lock for a lease (two nodes never claim the same row,
 * nor split a person's digest), sent outside any transaction, then marked sent. An SMTP server that
 * cannot be reached stops the round: every claimed row goes back to the queue with a growing wait,
 * and one WARN says so; the engine never notices.
 */
@Component
public class Postman {

  private static final Logger LOG = LoggerFactory.getLogger(Postman.class);

  private final MailOutbox outbox;
  private final MailPreferences preferences;
  private final IdentityService identity;
  private final MailTransport transport;
  private final MailSettings settings;
  private final DigestSchedule digest;
  private final TransactionTemplate transaction;
  /** Who claims, in the outbox's {@code claimed_by}: «pid@host», and a mark of this start. */
  private final String sender = java.lang.management.ManagementFactory.getRuntimeMXBean().getName() + "/"
      + UUID.randomUUID().toString().substring(0, 8);

  Postman(MailOutbox outbox, MailPreferences preferences, IdentityService identity, MailTransport transport,
      MailSettings settings, PegProperties peg, PlatformTransactionManager transactions) {
    this.outbox = outbox;
    this.preferences = preferences;
    this.identity = identity;
    this.transport = transport;
    this.settings = settings;
    this.digest = new DigestSchedule(settings.digestAt(), peg.timeZone());
    this.transaction = new TransactionTemplate(transactions);
  }

  /** A claimed row, and whether it goes in a digest. */
  private record Claimed(Queued row, boolean inDigest) {}

  /** The rows one e-mail carries. */
  private record Batch(List<Queued> rows, boolean digest) {}

  /** Sends what is due by the engine's clock; returns how many e-mails left. */
  public int sendDue() {
    Instant now = EngineClock.now();
    List<Claimed> claimed = transaction.execute(status -> claim(now));
    Map<String, List<Claimed>> byRecipient = claimed.stream()
        .collect(Collectors.groupingBy(c -> c.row().recipientId(), LinkedHashMap::new, Collectors.toList()));
    Set<Queued> unsent = claimed.stream().map(Claimed::row).collect(Collectors.toCollection(LinkedHashSet::new));
    int letters = 0;
    // rows held past their lease could be taken by another node and sent twice: stop well before
    Instant handBack = now.plus(settings.lease().dividedBy(2));
    for (var recipient : byRecipient.entrySet()) {
      if (EngineClock.now().isAfter(handBack)) {
        outbox.release(ids(List.copyOf(unsent)));
        LOG.info("E-mail: {} notices handed back for the next round (this one took half the lease)", unsent.size());
        return letters;
      }
      User user = identity.createUserQuery().userId(recipient.getKey()).singleResult();
      List<Queued> rows = recipient.getValue().stream().map(Claimed::row).toList();
      if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
        unreachable(recipient.getKey(), user == null, now);
        outbox.drop(ids(rows), MailOutbox.NO_ADDRESS, now);
        unsent.removeAll(rows);
        continue;
      }
      preferences.reachable(user.getId());
      for (Batch batch : letters(recipient.getValue())) {
        List<Queued> letter = batch.rows();
        try {
          transport.send(user.getEmail(), name(user), compose(user, batch, now), ids(letter).toString());
          outbox.sent(ids(letter), EngineClock.now());
          letters++;
          unsent.removeAll(letter);
        } catch (MailException e) {
          if (SendFailures.serverUnreachable(e)) {
            retry(unsent, e, now);
            LOG.warn("E-mail: {} cannot be reached ({}): {} queued notices will be tried again, the first at {}",
                transport.describe(), SendFailures.reason(e), unsent.size(), now.plus(settings.backoff().after(1 + minAttempts(unsent))));
            return letters;
          }
          retry(letter, e, now);
          unsent.removeAll(letter);
          LOG.warn("E-mail: the message to {} <{}> was refused ({}); it will be tried again", user.getId(), user.getEmail(),
              SendFailures.reason(e));
        }
      }
    }
    return letters;
  }

  private List<Claimed> claim(Instant now) {
    outbox.lockClaims(now);
    List<Queued> due = outbox.claimable(now, digest.latestDigest(now), settings.defaultFrequency(), settings.batchSize());
    Map<String, Frequency> chosen = preferences.of(due.stream().map(Queued::recipientId).collect(Collectors.toSet()));
    List<Claimed> taken = new ArrayList<>();
    List<Long> notWanted = new ArrayList<>();
    for (Queued row : due) {
      switch (chosen.getOrDefault(row.recipientId(), settings.defaultFrequency())) {
        case NONE -> notWanted.add(row.id());
        case IMMEDIATE -> taken.add(new Claimed(row, false));
        case DAILY_DIGEST -> {
          if (digest.due(row.queuedAt(), now)) {
            taken.add(new Claimed(row, true));
          }
        }
      }
    }
    outbox.drop(notWanted, MailOutbox.NOT_WANTED, now);
    outbox.claim(taken.stream().map(c -> c.row().id()).toList(), sender, now.plus(settings.lease()));
    return taken;
  }

  /** One letter per immediate notice; all of the digest's in one. */
  private static List<Batch> letters(List<Claimed> rows) {
    List<Batch> letters = new ArrayList<>();
    List<Queued> digested = new ArrayList<>();
    for (Claimed claimed : rows) {
      if (claimed.inDigest()) {
        digested.add(claimed.row());
      } else {
        letters.add(new Batch(List.of(claimed.row()), false));
      }
    }
    if (!digested.isEmpty()) {
      letters.add(new Batch(digested, true));
    }
    return letters;
  }

  private Letter compose(User user, Batch batch, Instant now) {
    return batch.digest()
        ? Letters.digest(name(user), batch.rows().stream().map(Queued::notice).toList(),
            digest.latestDigest(now).atZone(digest.zone()).toLocalDate())
        : Letters.single(name(user), batch.rows().get(0).notice());
  }

  private void unreachable(String userId, boolean unknown, Instant now) {
    if (preferences.firstTimeUnreachable(userId, now)) {
      LOG.warn("E-mail: user {} {}: their notices are not sent (logged once, until they have an address)", userId,
          unknown ? "does not exist" : "has no e-mail address");
    }
  }

  private void retry(java.util.Collection<Queued> rows, MailException e, Instant now) {
    Map<Integer, List<Long>> byAttempts = rows.stream()
        .collect(Collectors.groupingBy(Queued::attempts, Collectors.mapping(Queued::id, Collectors.toList())));
    byAttempts.forEach((attempts, ids) -> outbox.retry(ids, now.plus(settings.backoff().after(attempts + 1)), SendFailures.reason(e)));
  }

  private static int minAttempts(Set<Queued> rows) {
    return rows.stream().mapToInt(Queued::attempts).min().orElse(0);
  }

  private static List<Long> ids(List<Queued> rows) {
    return rows.stream().map(Queued::id).toList();
  }

  private static String name(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? user.getId() : name;
  }
}
