package it.pegworkflow.web;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The statements H2 ran for a request: it keeps them while its query statistics are on. */
final class H2Statements {

  private H2Statements() {}

  static List<String> of(JdbcTemplate jdbc, Runnable request) {
    jdbc.execute("set query_statistics false");
    jdbc.execute("set query_statistics true");
    try {
      request.run();
      return jdbc.queryForList("select sql_statement from information_schema.query_statistics", String.class);
    } finally {
      jdbc.execute("set query_statistics false");
    }
  }
}
