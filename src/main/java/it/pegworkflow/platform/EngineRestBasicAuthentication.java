package it.pegworkflow.platform;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/** Camunda's HTTP Basic for {@code /engine-rest}, refusing (401) users without a password instead of failing. */
public class EngineRestBasicAuthentication extends HttpBasicAuthenticationProvider {

  @Override
  protected boolean isAuthenticated(ProcessEngine engine, String userName, String password) {
    return Passwords.match(engine.getIdentityService(), userName, password);
  }
}
