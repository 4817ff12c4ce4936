package it.pegworkflow.web;

import it.pegworkflow.operations.PostgresServer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Puts the application with the directory ({@link WithDirectory}) on the embedded PostgreSQL, in a
 * database of its own: {@link OnPostgres}'s belongs to the context of {@link RunningApplication}.
 */
public class DirectoryOnPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
        "spring.datasource.url=" + PostgresServer.database("pegdirectory"),
        "spring.datasource.username=" + PostgresServer.USER,
        "spring.datasource.password=",
        "spring.datasource.hikari.connection-timeout=1000").applyTo(context);
  }
}
