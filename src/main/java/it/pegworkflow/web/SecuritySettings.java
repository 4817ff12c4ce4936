package it.pegworkflow.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the login's defences ({@code peg.security.*}). Camunda's own slow-down per
 * account is in {@code camunda.bpm.generic-properties} ({@code loginDelay*}).
 *
 * @param setupPageOpen Camunda's first-start page, where anybody may create the first
 *     administrator while none exists: closed unless the operator opens it on purpose
 * @param login the slow-down per client address
 */
@ConfigurationProperties("peg.security")
record SecuritySettings(@DefaultValue("false") boolean setupPageOpen, @DefaultValue Login login) {

  /**
   * @param freeFailures failed logins an address may make before it has to wait
   * @param delay the wait after the first failure beyond the free ones; it doubles with each further one
   * @param maxDelay the longest wait
   * @param forgetAfter an address that made no failed login for this long starts again from zero
   */
  record Login(@DefaultValue("10") int freeFailures, @DefaultValue("5s") Duration delay,
      @DefaultValue("5m") Duration maxDelay, @DefaultValue("1h") Duration forgetAfter) {}
}
