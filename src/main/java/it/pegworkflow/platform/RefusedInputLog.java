package it.pegworkflow.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import it.pegworkflow.platform.RefusedCommand;
import it.pegworkflow.platform.UserMistakes;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A report the process refuses is the user's mistake, answered with a 4xx and shown in the form
 * (see {@link UserMistakes}): Camunda still logs the failed command at ERROR with its stack trace,
 * which would page whoever watches the log for every mistyped date. This turns that line into one
 * INFO line with our message (the REST answer's mapper then writes none); every other engine error
 * stays an ERROR.
 */
@Component
class RefusedInputLog extends TurboFilter {

  private static final String ENGINE_COMMANDS = "org.camunda.bpm.engine.context";
  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(RefusedInputLog.class);

  @PostConstruct
  void register() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
      start();
      logback.addTurboFilter(this);
    }
  }

  @PreDestroy
  void unregister() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
      logback.getTurboFilterList().remove(this);
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level != Level.ERROR || !ENGINE_COMMANDS.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    Throwable error = t != null ? t : lastThrowable(params);
    RefusedCommand refused = UserMistakes.in(error);
    if (refused == null) {
      return FilterReply.NEUTRAL;
    }
    LOG.info("{}: {}", refused.logLabel(), refused.getMessage());
    UserMistakes.logged(error);
    return FilterReply.DENY;
  }

  /** SLF4J passes the exception as the last argument of a parameterised message. */
  private static Throwable lastThrowable(Object[] params) {
    return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable error ? error : null;
  }
}
