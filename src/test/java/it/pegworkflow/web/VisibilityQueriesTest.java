package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which objectives a Dirigente may read is asked of the engine about the instances his grants name,
 * not about every objective of every year: the engine checks each instance it is asked about against
 * the grants, and a city adds a year of objectives every year (docs/benchmark.md, "Five-year
 * profile"). What he sees stays the rule's (MonitoringApiTest). Seen in H2's statistics of the statements.
 */
class VisibilityQueriesTest extends MonitoringScenario {

  @Autowired JdbcTemplate jdbc;

  @Test
  void theDirigentesListAsksTheEngineAboutHisOwnObjectivesOnly() {
    PegYear peg = scenario(MonitoringApiTest.YEAR);

    List<String> statements = H2Statements.of(jdbc, () -> assertThat(as("fotifilippo").get("/api/objectives").text())
        .contains(peg.code("A"), peg.code("E")));

    assertThat(statements).as("the list's statements").filteredOn(sql -> sql.contains("ACT_HI_PROCINST"))
        .isNotEmpty().as("every read of the objectives' instances names them")
        .allMatch(sql -> sql.contains("SELF.PROC_INST_ID_ IN"));
    assertThat(statements).filteredOn(sql -> sql.contains("ACT_RU_EXECUTION"))
        .allMatch(sql -> sql.contains("RES.PROC_INST_ID_ IN"));
  }
}
