package it.pegworkflow.platform;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.spring.SpringProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ties the grants on a finished objective (HISTORIC_PROCESS_INSTANCE) that earlier versions saved
 * before the engine could find the objective's history to their objective: root instance and removal
 * time as the engine would have given them. Without them the engine never gives those grants a
 * removal time and the history cleanup keeps them for ever (docs/operations.md#retention). Runs at
 * every start; once repaired, a grant is no longer selected.
 */
@Component
public class HistoricGrantsRepair extends SpringProcessEnginePlugin {

  private static final String REPAIR = """
      update ACT_RU_AUTHORIZATION set
        ROOT_PROC_INST_ID_ = (select h.ROOT_PROC_INST_ID_ from ACT_HI_PROCINST h where h.ID_ = ACT_RU_AUTHORIZATION.RESOURCE_ID_),
        REMOVAL_TIME_ = (select h.REMOVAL_TIME_ from ACT_HI_PROCINST h where h.ID_ = ACT_RU_AUTHORIZATION.RESOURCE_ID_)
      where RESOURCE_TYPE_ = ? and ROOT_PROC_INST_ID_ is null
        and exists (select 1 from ACT_HI_PROCINST h where h.ID_ = ACT_RU_AUTHORIZATION.RESOURCE_ID_)
      """;
  private static final Logger LOG = LoggerFactory.getLogger(HistoricGrantsRepair.class);

  private final JdbcTemplate jdbc;

  HistoricGrantsRepair(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    try {
      int repaired = repair();
      if (repaired > 0) {
        LOG.info("{} grants on finished objectives tied to their objective for the history cleanup", repaired);
      }
    } catch (DataAccessException e) {
      LOG.warn("Grants on finished objectives not repaired (another node at the same time?): {}",
          e.getMostSpecificCause().getMessage());
    }
  }

  /** The number of grants repaired. */
  public int repair() {
    return jdbc.update(REPAIR, Resources.HISTORIC_PROCESS_INSTANCE.resourceType());
  }
}
