package it.pegworkflow.web;

import static it.pegworkflow.web.CampaignRows.AT_RISK;
import static it.pegworkflow.web.CampaignRows.CRITICAL;
import static it.pegworkflow.web.CampaignRows.NONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A PEG year with its monitoring campaigns, for the read side (docs/campaigns.md): the real Firenze
 * sheet imported three times into 2045 (a year of its own: the database is shared by the tests), the
 * clock on 20 July 2045. Dirigente of all three: Foti Filippo; responsibles: Verna Marco (phase 1),
 * Bonanni Giuseppina (phases 2 and 3), Del Moro Sandra (phase 4).
 * <ul>
 *   <li>{@link #SOCIAL} (SERVIZI SOCIALI) at 30/06: Verna answered 40% «a rischio»; Bonanni did not answer
 *       phase 2 (non pervenuto) and answered 20% on phase 3, which Foti corrected to 30%; Del Moro 50% but ending
 *       31/01/2046, after the planned 31/12; Foti gave two indicators and left one empty with a reason.</li>
 *   <li>{@link #CULTURE} (CULTURA) at 30/06: Verna 60%, Bonanni 10% «critica» on phase 2, 55% on phase 3, Del
 *       Moro 100%: critico. At 31/03 (still open) only Verna had answered.</li>
 *   <li>{@link #DONE} (SERVIZI SOCIALI): every phase completed by 31/05; at 30/06 only Foti was asked.</li>
 * </ul>
 */
abstract class CampaignScenario extends RunningApplication {

  static final int YEAR = 2045;
  static final String SOCIAL = "2045_CMPS";
  static final String CULTURE = "2045_CMPC";
  static final String DONE = "2045_CMPD";
  static final String MANAGER = "fotifilippo";
  static final String VERNA = "vernamarco";
  static final String BONANNI = "bonannigiuseppina";
  static final String OUTSIDER = "estraneo";
  @Autowired JdbcClient jdbc;

  /** Built once per database (the Spring context and its database are shared by the test classes). */
  void scenario() {
    synchronized (CampaignScenario.class) {
      if (jdbc.sql("select count(*) from peg_objective where code = ?").param(SOCIAL).query(Integer.class).single() == 0) {
        build();
      }
    }
    today(YEAR + "-07-20");
    for (String person : List.of(MANAGER, VERNA, BONANNI, OUTSIDER)) {
      user(person);
    }
  }

  long june() {
    return campaignAt(YEAR + "-06-30");
  }

  long march() {
    return campaignAt(YEAR + "-03-31");
  }

  private long campaignAt(String referenceDate) {
    return jdbc.sql("select campaign_id from peg_campaign where reference_date = ?")
        .param(java.sql.Date.valueOf(referenceDate)).query(Long.class).single();
  }

  private void build() {
    today((YEAR - 1) + "-12-15");
    for (String code : List.of(SOCIAL, CULTURE, DONE)) {
      String sheet = realSheet(code).replace("/2017", "/" + YEAR);
      if (code.equals(CULTURE)) {
        sheet = sheet.replace("Direzione\tSERVIZI SOCIALI", "Direzione\tCULTURA");
      }
      var imported = as(CONTROLLO).postText("/api/objectives", sheet);
      assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    }
    jdbc.sql("update peg_phase set state = 'COMPLETED', completion = 100, actual_end = ? where objective_code = ?")
        .params(java.sql.Date.valueOf(YEAR + "-05-31"), DONE).update();
    CampaignRows campaigns = new CampaignRows(jdbc, CONTROLLO);

    var march = campaigns.opened(YEAR + "-03-31", YEAR + "-12-31", "CULTURA");
    march.phase(CULTURE, 1, "24.38").answered("20", NONE, null, "Avviato il tavolo con il Terzo Settore");
    march.phase(CULTURE, 2, "10.95");
    march.dirigente(CULTURE);

    var june = campaigns.opened(YEAR + "-06-30", YEAR + "-07-15");
    june.phase(SOCIAL, 1, "49.59").answered("40", AT_RISK, null, "Ritardo nell'avvio dei bandi FEAD");
    june.phase(SOCIAL, 2, "44.16");
    june.phase(SOCIAL, 3, "49.59").answered("20", NONE, null, "Incontri con le comunità in corso")
        .correctedTo("30", "Verificati i verbali: 30%");
    june.phase(SOCIAL, 4, "49.59").answered("50", NONE, (YEAR + 1) + "-01-31", "Graduatoria regionale attesa a dicembre")
        .proposing("Spostare la fine al 31/01/" + (YEAR + 1));
    june.dirigente(SOCIAL).answered("Fasi 1 e 4 da seguire")
        .indicator(1, "30/06/" + YEAR).indicatorLeftEmpty(2, "Bandi regionali non ancora chiusi").indicator(3, "45");
    june.phase(CULTURE, 1, "49.59").answered("60", NONE, null, null);
    june.phase(CULTURE, 2, "44.16").answered("10", CRITICAL, null, "Nessun protocollo firmato: manca il partner");
    june.phase(CULTURE, 3, "49.59").answered("55", NONE, null, null);
    june.phase(CULTURE, 4, "49.59").answered("100", NONE, null, "Conclusa in anticipo");
    june.dirigente(CULTURE).answered(null).indicator(1, "15/06/" + YEAR).indicator(2, "1/4").indicator(3, "60");
    june.dirigente(DONE).answered("Obiettivo concluso").indicator(1, "20/05/" + YEAR).indicator(2, "3/4").indicator(3, "110");
    june.closed();
  }
}
