package it.pegworkflow.mail;

import java.time.Duration;

/** The wait before sending again: {@code first}, doubled at each failure, never more than {@code max}. */
public record Backoff(Duration first, Duration max) {

  public Backoff {
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("The first wait must be positive and at most the longest");
    }
  }

  /** The wait after the {@code attempts}-th failed attempt (1 = the first failure). */
  public Duration after(int attempts) {
    Duration wait = first;
    for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(max) > 0 ? max : wait;
  }
}
