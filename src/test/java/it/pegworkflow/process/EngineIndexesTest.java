package it.pegworkflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class EngineIndexesTest extends ProcessTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void completingATaskFindsItsSubtasksThroughAnIndexNotByReadingEveryTask() {
    String plan = jdbc.queryForObject("explain select ID_ from ACT_RU_TASK where PARENT_TASK_ID_ = 'x'", String.class);

    assertThat(plan).contains("ACT_IDX_PEG_TASK_PARENT");
  }

  @Test
  void theGrantsOfOnePersonAreFoundThroughAnIndexNotByReadingEveryGrant() {
    String plan = jdbc.queryForObject("explain select ID_ from ACT_RU_AUTHORIZATION where USER_ID_ in ('x', '*')", String.class);

    assertThat(plan).contains("ACT_IDX_PEG_AUTH_USER");
  }
}
