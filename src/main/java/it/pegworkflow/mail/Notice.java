package it.pegworkflow.mail;

import java.util.Objects;

/**
 * One thing to tell one person: its kind, a subject, a few Italian sentences and the link to the task
 * in Tasklist. Stored as it is in the outbox; the greeting and the frame are added when it is sent,
 * alone or in a daily digest ({@link Letters}).
 */
public record Notice(NoticeKind kind, String subject, String body, String link) {

  public Notice {
    Objects.requireNonNull(kind, "kind");
    if (subject == null || subject.isBlank() || body == null || body.isBlank() || link == null || link.isBlank()) {
      throw new IllegalArgumentException("A notice needs a subject, a body and a link");
    }
  }
}
