package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.process.ProcessConstants;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A PEG year whose plan changed, for the read side of variations: the real Firenze sheet imported
 * three times into 2044 (a year of its own: the database is shared by the tests), the clock on
 * 5 December 2044.
 * <ul>
 *   <li>{@link #VARIED}: on 18/07 the Giunta dropped phase 4, added phase 5 (Verna Marco, 01/09 - 31/12,
 *       weight 30) and lowered indicator 3 from «maggiore di 100» to «maggiore di 80»; on 02/12, when
 *       phase 2 was already late, it moved phase 2's end from 30/11 to 31/12;
 *   <li>{@link #PLAIN}: never varied; Neri Paola is the responsible of its phase 1 (and of nothing in VARIED);
 *   <li>{@link #WITHDRAWN}: its phase 2 late since 1 December, withdrawn on 03/12.
 * </ul>
 */
abstract class VariationScenario extends RunningApplication {

  static final int YEAR = 2044;
  static final String VARIED = "2044_VARV";
  static final String PLAIN = "2044_VARP";
  static final String WITHDRAWN = "2044_VARW";
  static final String JULY_ACT = "Delibera G.C. n. 214 del 18/07/2044";
  static final String LATE_ACT = "Delibera G.C. n. 301 del 02/12/2044";
  static final String WITHDRAWAL_ACT = "Delibera G.C. n. 305 del 03/12/2044";
  static final String NUCLEO = "nucleovar";
  /** Responsible of a phase of PLAIN, of none of VARIED. */
  static final String COLLEAGUE = "neripaola";
  @Autowired JdbcClient jdbc;

  /**
   * The process instances by code. Built once per database (the Spring context and its database are
   * shared by the test classes; H2 and PostgreSQL runs each have their own).
   */
  Map<String, String> scenario() {
    synchronized (VariationScenario.class) {
      if (jdbc.sql("select count(*) from peg_objective where code = ?").param(VARIED).query(Integer.class).single() == 0) {
        build();
      }
    }
    today(YEAR + "-12-05");
    for (String person : List.of("fotifilippo", "cavallerivincenzo", "vernamarco", COLLEAGUE)) {
      user(person);
    }
    user(NUCLEO, ProcessConstants.NUCLEO_GROUP);
    Map<String, String> instances = new HashMap<>();
    jdbc.sql("select code, process_instance_id from peg_objective where objective_year = ?").param(YEAR)
        .query((rs, row) -> instances.put(rs.getString(1), rs.getString(2))).list();
    return instances;
  }

  private void build() {
    today((YEAR - 1) + "-12-15");
    for (String code : List.of(VARIED, PLAIN, WITHDRAWN)) {
      String sheet = realSheet(code).replace("/2017", "/" + YEAR);
      if (code.equals(PLAIN)) {
        sheet = sheet.replace("VERNA MARCO - P.O. INCLUSIONE SOCIALE", "NERI PAOLA - P.O. INCLUSIONE SOCIALE");
      }
      var imported = as(CONTROLLO).postText("/api/objectives", sheet);
      assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    }
    PlanVariations variations = new PlanVariations(jdbc, CONTROLLO);
    variations.variation(JULY_ACT, YEAR + "-07-18")
        .phaseRemoved(VARIED, 4)
        .phaseAdded(VARIED, 5, "Monitoraggio dei progetti SPRAR", YEAR + "-09-01", YEAR + "-12-31", "30", "VERNA MARCO",
            "P.O. INCLUSIONE SOCIALE", "vernamarco")
        .target(VARIED, 3, "maggiore di 100", "maggiore di 80", "80");
    variations.moved(VARIED, 2, "plannedEnd", YEAR + "-11-30", YEAR + "-12-31", LATE_ACT, YEAR + "-12-02");
    // The process flagged phase 2 late when its end (30/11) passed; two days later the objective was withdrawn.
    jdbc.sql("update peg_phase set late = true where objective_code = ? and phase_number = 2").param(WITHDRAWN).update();
    variations.withdrawal(WITHDRAWN, WITHDRAWAL_ACT, YEAR + "-12-03");
  }
}
