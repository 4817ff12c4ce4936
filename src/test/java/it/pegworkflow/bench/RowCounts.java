package it.pegworkflow.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** The rows of every engine table (ACT_*) and of ours (PEG_*), by table: counted before and after some work. */
final class RowCounts {

  private final DataSource dataSource;

  RowCounts(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  Map<String, Long> now() throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection connection = dataSource.getConnection()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet found = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
        while (found.next()) {
          String table = found.getString("TABLE_NAME");
          String upper = table.toUpperCase(Locale.ROOT);
          String schema = found.getString("TABLE_SCHEM");
          boolean system = schema != null && (schema.equalsIgnoreCase("INFORMATION_SCHEMA") || schema.equalsIgnoreCase("pg_catalog"));
          if (!system && (upper.startsWith("ACT_") || upper.startsWith("PEG_"))) {
            tables.add(table);
          }
        }
      }
      try (Statement statement = connection.createStatement()) {
        for (String table : tables) {
          try (ResultSet count = statement.executeQuery("select count(*) from " + table)) {
            count.next();
            counts.put(table.toUpperCase(Locale.ROOT), count.getLong(1));
          }
        }
      }
    }
    return counts;
  }

  /** Rows added from {@code before} to {@code after}, by table, the tables that did not grow left out. */
  static Map<String, Long> added(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> added = new TreeMap<>();
    after.forEach((table, rows) -> {
      long grew = rows - before.getOrDefault(table, 0L);
      if (grew != 0) {
        added.put(table, grew);
      }
    });
    return added;
  }

  static long total(Map<String, Long> added) {
    return added.values().stream().mapToLong(Long::longValue).sum();
  }
}
