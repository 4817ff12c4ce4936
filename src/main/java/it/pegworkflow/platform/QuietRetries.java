package it.pegworkflow.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Keeps the engine's ERROR entries out of the log for a failure that the caller will try again.
 *
 * <p>When a transaction fails on a write another one made at the same time, the engine logs
 * {@code ENGINE-16004 Exception while closing command context} at ERROR with the whole stack
 * trace, before the exception reaches the code that retries. A retried attempt that then succeeds
 * is no error: while {@link #quietFor} runs, an ERROR entry of the engine (logger
 * {@code org.camunda...}) on this thread whose exception the caller declares retried is dropped.
 * Anything else, and the last attempt (the caller does not wrap it), is logged as always.
 */
public final class QuietRetries {

  private static final ThreadLocal<Predicate<Throwable>> RETRIED = new ThreadLocal<>();
  private static final TurboFilter FILTER = new TurboFilter() {
    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
      Predicate<Throwable> retried = RETRIED.get();
      if (retried == null || level != Level.ERROR || !logger.getName().startsWith("org.camunda.")) {
        return FilterReply.NEUTRAL;
      }
      Throwable failure = t != null ? t
          : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
      return failure != null && retried.test(failure) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
  };

  private QuietRetries() {}

  /** Runs one attempt; the engine's ERROR entries about a failure {@code retried} accepts are dropped. */
  public static <T> T quietFor(Predicate<Throwable> retried, Supplier<T> attempt) {
    install();
    Predicate<Throwable> outer = RETRIED.get();
    RETRIED.set(retried);
    try {
      return attempt.get();
    } finally {
      if (outer == null) {
        RETRIED.remove();
      } else {
        RETRIED.set(outer);
      }
    }
  }

  /** Spring Boot resets Logback when a context starts (tests start several): added again when missing. */
  private static void install() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
        && !context.getTurboFilterList().contains(FILTER)) {
      synchronized (QuietRetries.class) {
        if (!context.getTurboFilterList().contains(FILTER)) {
          FILTER.start();
          context.addTurboFilter(FILTER);
        }
      }
    }
  }
}
