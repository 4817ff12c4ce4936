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

/** The index Camunda's schema lacks is there on PostgreSQL too, made after the engine's tables. */
@ContextConfiguration(initializers = OnPostgres.class)
class EngineIndexesOnPostgresIT extends RunningApplication {

  @Autowired DataSource dataSource;

  @Test
  void theTaskTableHasAnIndexOnTheParentTask() throws SQLException {
    List<String> indexedColumns = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, "act_ru_task", false, false)) {
      while (indexes.next()) {
        indexedColumns.add(indexes.getString("INDEX_NAME") + ":" + indexes.getString("COLUMN_NAME"));
      }
    }

    assertThat(indexedColumns).contains("act_idx_peg_task_parent:parent_task_id_");
  }
}
