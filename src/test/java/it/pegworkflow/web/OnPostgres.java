package it.pegworkflow.web;

import it.pegworkflow.operations.PostgresServer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Puts a test application on the embedded PostgreSQL instead of its in-memory H2. */
public class OnPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
        "spring.datasource.url=" + PostgresServer.database("pegweb"),
        "spring.datasource.username=" + PostgresServer.USER,
        "spring.datasource.password=",
        // zonky stops PostgreSQL in a JVM shutdown hook while Spring closes the cached contexts: the
        // engine's last writes then fail at once instead of waiting 30 s for a connection
        "spring.datasource.hikari.connection-timeout=1000").applyTo(context);
  }
}
