package it.pegworkflow.operations;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A real PostgreSQL (zonky's embedded binaries: 17, or the version {@code -Dpostgres.version} names)
 * started once per test JVM and stopped at its end; each test class asks for a database of its own.
 * No server to install, no Docker.
 */
public final class PostgresServer {

  public static final String USER = "postgres";
  private static EmbeddedPostgres server;

  private PostgresServer() {}

  /** The JDBC URL (without credentials) of database {@code name}, created empty on first use. */
  public static synchronized String database(String name) {
    try {
      if (server == null) {
        server = EmbeddedPostgres.builder().start();
        // zonky stops the server in its own JVM shutdown hook
      }
      try (Connection connection = server.getPostgresDatabase().getConnection()) {
        var exists = connection.prepareStatement("select 1 from pg_database where datname = ?");
        exists.setString(1, name);
        if (!exists.executeQuery().next()) {
          connection.createStatement().execute("create database " + name);
        }
      }
      return "jdbc:postgresql://localhost:" + server.getPort() + "/" + name;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Drops and recreates database {@code name}: a test that needs a clean start. */
  public static synchronized String freshDatabase(String name) {
    database("postgres");
    try (Connection connection = server.getPostgresDatabase().getConnection()) {
      connection.createStatement().execute("drop database if exists " + name + " with (force)");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return database(name);
  }
}
