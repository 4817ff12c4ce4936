package it.pegworkflow.store;

import it.pegworkflow.mail.Frequency;
import it.pegworkflow.mail.Notice;
import it.pegworkflow.mail.NoticeKind;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The e-mail outbox ({@code peg_mail_outbox}, docs/mail.md): notices queued in the transaction of
 * their event, claimed by one sender at a time for a lease, then marked sent, dropped or to retry.
 */
@Repository
public class MailOutbox {

  public static final String QUEUED = "QUEUED";
  public static final String SENT = "SENT";
  /** The recipient wants no e-mail. */
  public static final String NOT_WANTED = "NOT_WANTED";
  /** The recipient has no e-mail address. */
  public static final String NO_ADDRESS = "NO_ADDRESS";

  /** A queued notice. */
  public record Queued(long id, String recipientId, Instant queuedAt, int attempts, Notice notice) {}

  private final JdbcClient jdbc;

  public MailOutbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Queues {@code notice} for {@code recipientId} unless a notice with {@code dedupKey} was queued
   * before (whatever became of it): an event the engine repeats queues once. True when queued.
   */
  public boolean queue(String dedupKey, String recipientId, Notice notice, Instant now) {
    return jdbc.sql("""
            insert into peg_mail_outbox (dedup_key, recipient_id, kind, subject, body, link, created_at, not_before, state, attempts)
            select :key, :recipient, :kind, :subject, :body, :link, :now, :now, 'QUEUED', 0
            where not exists (select 1 from peg_mail_outbox where dedup_key = :key)""")
        .param("key", dedupKey).param("recipient", recipientId).param("kind", notice.kind().name())
        .param("subject", notice.subject()).param("body", notice.body()).param("link", notice.link())
        .param("now", utc(now)).update() == 1;
  }

  /** Waits for, and holds until the transaction ends, the one lock under which rows are claimed. */
  public void lockClaims(Instant now) {
    jdbc.sql("update peg_mail_claim set claimed_at = ? where id = 1").param(utc(now)).update();
  }

  /**
   * Queued rows due by {@code now}, claimed by nobody (or by a sender whose lease ran out), by
   * recipient: those of people who want a digest only when queued before {@code latestDigest} (so
   * that a day's digest rows never crowd out the immediate ones). At most {@code limit} rows, and
   * never part of a person's rows: when the limit cuts into the last person's, they wait for the next
   * round whole (unless they are the only person).
   */
  public List<Queued> claimable(Instant now, Instant latestDigest, Frequency byDefault, int limit) {
    List<Queued> due = jdbc.sql("""
            select id, recipient_id, created_at, attempts, kind, subject, body, link from peg_mail_outbox o
            where state = 'QUEUED' and not_before <= :now and (claimed_until is null or claimed_until < :now)
              and (created_at < :digest or coalesce((select frequency from peg_mail_preference p
                                                     where p.user_id = o.recipient_id), :byDefault) <> 'DAILY_DIGEST')
            order by recipient_id, id fetch first :limit rows only""")
        .param("now", utc(now)).param("digest", utc(latestDigest))
        .param("byDefault", byDefault.name()).param("limit", limit)
        .query((rs, row) -> new Queued(rs.getLong("id"), rs.getString("recipient_id"),
            rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("attempts"),
            new Notice(NoticeKind.valueOf(rs.getString("kind")), rs.getString("subject"), rs.getString("body"),
                rs.getString("link"))))
        .list();
    if (due.size() < limit) {
      return due;
    }
    String last = due.get(due.size() - 1).recipientId();
    List<Queued> whole = due.stream().filter(q -> !q.recipientId().equals(last)).toList();
    return whole.isEmpty() ? due : whole;
  }

  public void claim(Collection<Long> ids, String sender, Instant until) {
    if (!ids.isEmpty()) {
      jdbc.sql("update peg_mail_outbox set claimed_by = :sender, claimed_until = :until where id in (:ids)")
          .param("sender", sender).param("until", utc(until)).param("ids", ids).update();
    }
  }

  /** Claimed rows given back unsent: any sender may take them at once. */
  public void release(Collection<Long> ids) {
    if (!ids.isEmpty()) {
      jdbc.sql("update peg_mail_outbox set claimed_by = null, claimed_until = null where id in (:ids)").param("ids", ids)
          .update();
    }
  }

  public void sent(Collection<Long> ids, Instant at) {
    finish(ids, SENT, at);
  }

  /** Rows that will not be sent: {@link #NOT_WANTED} or {@link #NO_ADDRESS}. */
  public void drop(Collection<Long> ids, String state, Instant at) {
    finish(ids, state, at);
  }

  /** A failed attempt: the rows go back to the queue, due again at {@code notBefore}. */
  public void retry(Collection<Long> ids, Instant notBefore, String error) {
    if (!ids.isEmpty()) {
      jdbc.sql("""
              update peg_mail_outbox set attempts = attempts + 1, not_before = :notBefore, claimed_by = null,
                claimed_until = null, last_error = :error where id in (:ids)""")
          .param("notBefore", utc(notBefore))
          .param("error", error == null ? null : error.substring(0, Math.min(error.length(), 1000)))
          .param("ids", ids).update();
    }
  }

  /** Done: {@code claimed_by} stays, saying which node sent it. */
  private void finish(Collection<Long> ids, String state, Instant at) {
    if (!ids.isEmpty()) {
      jdbc.sql("""
              update peg_mail_outbox set state = :state, sent_at = :at, claimed_until = null where id in (:ids)""")
          .param("state", state).param("at", utc(at)).param("ids", ids).update();
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
