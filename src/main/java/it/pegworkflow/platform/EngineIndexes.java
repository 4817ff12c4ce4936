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
 * Indexes Camunda's schema lacks, made once after the engine has made its tables; a second node
 * starting at the same moment may lose the race, which only costs a warning.
 * <ul>
 *   <li>Completing or deleting any task looks for its subtasks by {@code PARENT_TASK_ID_}, which has no
 *       index on H2 nor PostgreSQL: every completion read the whole task table, and a city has tens of
 *       thousands of open phases.</li>
 *   <li>Every task query of a logged-in person (Tasklist's counts and lists) joins the grants of the
 *       person ({@code USER_ID_}) or of their groups ({@code GROUP_ID_}, indexed by Camunda): without an
 *       index on the person, PostgreSQL read the whole grant table, which grows with the years (some
 *       50,000 rows after five years of a large comune; docs/benchmark.md, "Five-year profile").</li>
 * </ul>
 */
@Component
class EngineIndexes extends SpringProcessEnginePlugin {

  private static final String SUBTASKS = "create index if not exists ACT_IDX_PEG_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_)";
  private static final String GRANTS_OF_A_PERSON = "create index if not exists ACT_IDX_PEG_AUTH_USER on ACT_RU_AUTHORIZATION (USER_ID_)";
  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  private final JdbcTemplate jdbc;

  EngineIndexes(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    for (String index : new String[] {SUBTASKS, GRANTS_OF_A_PERSON}) {
      try {
        jdbc.execute(index);
      } catch (DataAccessException e) {
        LOG.warn("Index not made (made by another node starting?): {}: {}", index, e.getMostSpecificCause().getMessage());
      }
    }
  }
}
