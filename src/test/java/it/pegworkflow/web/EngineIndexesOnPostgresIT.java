package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;

/** The indexes Camunda's schema lacks are there on PostgreSQL too, made after the engine's tables. */
@ContextConfiguration(initializers = OnPostgres.class)
class EngineIndexesOnPostgresIT extends RunningApplication {

  @Autowired DataSource dataSource;

  @Test
  void theTaskTableHasAnIndexOnTheParentTask() throws SQLException {
    assertThat(indexedColumns("act_ru_task")).contains("act_idx_peg_task_parent:parent_task_id_");
  }

  /** Tasklist's queries join a person's grants: found by index, not by reading the whole grant table. */
  @Test
  void theGrantTableHasAnIndexOnThePerson() throws SQLException {
    assertThat(indexedColumns("act_ru_authorization")).contains("act_idx_peg_auth_user:user_id_");
  }

  private List<String> indexedColumns(String table) throws SQLException {
    List<String> indexedColumns = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
      while (indexes.next()) {
        indexedColumns.add(indexes.getString("INDEX_NAME") + ":" + indexes.getString("COLUMN_NAME"));
      }
    }
    return indexedColumns;
  }
}
