package it.pegworkflow.store;

import it.pegworkflow.mail.Frequency;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each person's choice of how often to get e-mail ({@code peg_mail_preference}; no row: the
 * default), and who was already logged as having no address ({@code peg_mail_unreachable}).
 */
@Repository
public class MailPreferences {

  private final JdbcClient jdbc;

  public MailPreferences(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Frequency> of(String userId) {
    return jdbc.sql("select frequency from peg_mail_preference where user_id = ?").param(userId)
        .query((rs, row) -> Frequency.valueOf(rs.getString(1))).optional();
  }

  /** The choices made among {@code userIds}: those without a row are missing. */
  public Map<String, Frequency> of(Collection<String> userIds) {
    Map<String, Frequency> chosen = new HashMap<>();
    List<String> all = List.copyOf(userIds);
    for (int from = 0; from < all.size(); from += 500) {
      jdbc.sql("select user_id, frequency from peg_mail_preference where user_id in (:ids)")
          .param("ids", all.subList(from, Math.min(all.size(), from + 500)))
          .query((rs, row) -> chosen.put(rs.getString(1), Frequency.valueOf(rs.getString(2)))).list();
    }
    return chosen;
  }

  public void set(String userId, Frequency frequency) {
    if (update(userId, frequency) == 0) {
      try {
        jdbc.sql("insert into peg_mail_preference (user_id, frequency) values (?, ?)").params(userId, frequency.name()).update();
      } catch (DuplicateKeyException sameUserAtOnce) {
        // two requests for the same person at once: the later one's choice stays
        update(userId, frequency);
      }
    }
  }

  private int update(String userId, Frequency frequency) {
    return jdbc.sql("update peg_mail_preference set frequency = ? where user_id = ?").params(frequency.name(), userId).update();
  }

  /** Records that {@code userId} has no address; true only the first time (it is then to be logged). */
  public boolean firstTimeUnreachable(String userId, Instant now) {
    try {
      return jdbc.sql("""
              insert into peg_mail_unreachable (user_id, logged_at)
              select :user, :now where not exists (select 1 from peg_mail_unreachable where user_id = :user)""")
          .param("user", userId).param("now", utc(now)).update() == 1;
    } catch (DuplicateKeyException anotherNodeFirst) {
      return false;
    }
  }

  /** {@code userId} has an address (again): losing it later is logged again. */
  public void reachable(String userId) {
    jdbc.sql("delete from peg_mail_unreachable where user_id = ?").param(userId).update();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
