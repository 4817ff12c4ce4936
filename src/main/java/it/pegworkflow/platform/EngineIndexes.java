package it.pegworkflow.platform;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.SpringProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An index Camunda's schema lacks. Completing or deleting any task looks for its subtasks by
 * {@code PARENT_TASK_ID_}, which has no index on H2 nor PostgreSQL: every completion read the whole
 * task table, and a city has tens of thousands of open phases. Made once, after the engine has made
 * its tables; a second node starting at the same moment may lose the race, which only costs a warning.
 */
@Component
class EngineIndexes extends SpringProcessEnginePlugin {

  private static final String SUBTASKS = "create index if not exists ACT_IDX_PEG_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_)";
  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  private final JdbcTemplate jdbc;

  EngineIndexes(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    try {
      jdbc.execute(SUBTASKS);
    } catch (DataAccessException e) {
      LOG.warn("Indice sulle sottoattività non creato (lo crea un altro nodo?): {}", e.getMostSpecificCause().getMessage());
    }
  }
}
