package it.pegworkflow.web;

import it.pegworkflow.operations.PostgresServer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Puts a test application on the embedded PostgreSQL instead of its in-memory H2. */
class OnPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
        "spring.datasource.url=" + PostgresServer.database("pegweb"),
        "spring.datasource.username=" + PostgresServer.USER,
        "spring.datasource.password=").applyTo(context);
  }
}
