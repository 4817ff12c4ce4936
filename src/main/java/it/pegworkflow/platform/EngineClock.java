package it.pegworkflow.platform;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock: the system's, unless a test moved it. Whatever must agree with the engine's
 * own timing (Camunda's login delay per account) reads the time here.
 */
public final class EngineClock {

  private EngineClock() {}

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
