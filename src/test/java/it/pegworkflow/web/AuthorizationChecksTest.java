package it.pegworkflow.web;

import static it.pegworkflow.process.ProcessConstants.NUCLEO_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's authorization checks read the grants of the person and of their groups, never the
 * whole grant table: that table grows with the years (each objective leaves its Dirigente's, its
 * Direttore's and its responsibles' grants, some 50,000 after five years of a large comune) and
 * the checks run on every request. Seen in H2's statistics of the statements the request ran.
 */
class AuthorizationChecksTest extends RunningApplication {

  private static final String NUCLEO = "nucleochecks";

  @Autowired JdbcTemplate jdbc;
  @Autowired FilterService filters;

  @Test
  void aTasklistCountReadsNoGrantOfOtherPeople() {
    user(NUCLEO, NUCLEO_GROUP);
    String mine = filters.createFilterQuery().filterName("I miei compiti").singleResult().getId();

    List<String> statements = H2Statements.of(jdbc, () ->
        assertThat(as(NUCLEO).get("/engine-rest/filter/" + mine + "/count").status()).isEqualTo(200));

    assertThat(statements).as("the count's statements").anyMatch(sql -> sql.contains("ACT_RU_TASK"))
        .filteredOn(sql -> sql.contains("ACT_RU_AUTHORIZATION")).isNotEmpty()
        .as("every read of the grants is narrowed to some of them")
        .allMatch(sql -> sql.toUpperCase().contains("WHERE"));
  }
}
