package it.pegworkflow.process;

import it.pegworkflow.sheet.TargetReader;
import it.pegworkflow.store.TargetColumns;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Right after the migrations, gives the indicators imported before targets were stored
 * (V4__stored_targets.sql) the target read from their words, once: SQL cannot read Italian. It runs
 * where the migrations run, before anything reads the tables; an indicator that has its target keeps
 * it, so a later start reads nothing again.
 */
@Component
class StoredTargetsBackfill implements FlywayMigrationStrategy {

  private static final Logger log = LoggerFactory.getLogger(StoredTargetsBackfill.class);

  private record Unread(String code, int number, String expectedValue, int year) {}

  @Override
  public void migrate(Flyway flyway) {
    flyway.migrate();
    // The migrations' own data source: the application's JdbcClient waits for this very step.
    JdbcClient jdbc = JdbcClient.create(flyway.getConfiguration().getDataSource());
    List<Unread> unread = jdbc.sql("""
            select i.objective_code, i.indicator_number, i.expected_value, o.objective_year
            from peg_indicator i join peg_objective o on o.code = i.objective_code
            where i.target_kind is null order by i.objective_code, i.indicator_number""")
        .query((rs, row) -> new Unread(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4))).list();
    for (Unread indicator : unread) {
      TargetColumns.fill(jdbc, indicator.code(), indicator.number(),
          TargetReader.read(indicator.expectedValue(), indicator.year()));
    }
    if (!unread.isEmpty()) {
      log.info("Stored the target of {} indicators imported before targets were kept", unread.size());
    }
  }
}
