package it.pegworkflow.bench;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the database itself says it spent its time on, between {@link #reset} and {@link #top}:
 * PostgreSQL's {@code pg_stat_statements} (the server must preload it), H2's
 * {@code INFORMATION_SCHEMA.QUERY_STATISTICS}. Each statement with its calls, total and mean ms,
 * so that a slow statement and a statement run once per row of a list both stand out.
 */
final class SqlStatistics {

  record Statement(long calls, double totalMs, double meanMs, long rows, String sql) {
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%7d calls %10.1f ms total %8.2f ms mean %9d rows  %s", calls, totalMs,
          meanMs, rows, sql.replaceAll("\\s+", " "));
    }
  }

  private final JdbcClient jdbc;
  private final boolean postgres;

  SqlStatistics(DataSource dataSource, boolean postgres) {
    this.jdbc = JdbcClient.create(dataSource);
    this.postgres = postgres;
  }

  void reset() {
    if (postgres) {
      jdbc.sql("create extension if not exists pg_stat_statements").update();
      jdbc.sql("select pg_stat_statements_reset()").query().singleValue();
    } else {
      // H2 keeps the statistics of the last 1,000 distinct statements while this is on; off and on clears them.
      jdbc.sql("set query_statistics false").update();
      jdbc.sql("set query_statistics_max_entries 2000").update();
      jdbc.sql("set query_statistics true").update();
    }
  }

  List<Statement> top(int count) {
    if (postgres) {
      return jdbc.sql("""
              select calls, total_exec_time, mean_exec_time, rows, query from pg_stat_statements
              where dbid = (select oid from pg_database where datname = current_database())
              order by total_exec_time desc limit ?""").param(count)
          .query((rs, row) -> new Statement(rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getLong(4), rs.getString(5)))
          .list();
    }
    return jdbc.sql("""
            select execution_count, cumulative_execution_time, average_execution_time, cumulative_row_count, sql_statement
            from information_schema.query_statistics order by cumulative_execution_time desc limit ?""").param(count)
        .query((rs, row) -> new Statement(rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getLong(4), rs.getString(5)))
        .list();
  }
}
