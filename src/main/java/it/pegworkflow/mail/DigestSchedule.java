package it.pegworkflow.mail;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The daily digest goes out at {@code time} in the city's zone and carries what was queued before
 * that moment. Nothing to remember per person: a notice is due in a digest once a digest time has
 * passed since it was queued, so each notice is in exactly one digest.
 */
public record DigestSchedule(LocalTime time, ZoneId zone) {

  /** The latest digest moment at or before {@code now}. */
  public Instant latestDigest(Instant now) {
    ZonedDateTime today = now.atZone(zone).toLocalDate().atTime(time).atZone(zone);
    return (today.toInstant().isAfter(now) ? today.minusDays(1) : today).toInstant();
  }

  /** Whether a notice queued at {@code queuedAt} belongs to a digest due by {@code now}. */
  public boolean due(Instant queuedAt, Instant now) {
    return queuedAt.isBefore(latestDigest(now));
  }
}
