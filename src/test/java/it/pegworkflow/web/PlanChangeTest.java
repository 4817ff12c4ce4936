package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.process.ProcessConstants;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the tests of the plan's variations share: an objective of this year (the real sheet, its
 * dates moved into this year) imported on 18 July and running, and our tables read row by row.
 *
 * <p>On that day phase 1 «Attuazione…» and phase 4 «Ricerca…» run (all year), phase 2 «Stipula…»
 * waits for 1 September, phase 3 «Promuovere…» ended on 30 June and is late.
 */
abstract class PlanChangeTest extends RunningApplication {

  static final int YEAR = LocalDate.now(ROME).getYear();
  static final String DAY = YEAR + "-07-18";
  static final String ACT = "Delibera G.C. n. 214 del 18/07/" + YEAR;
  static final String PHASE_1 = "Attuazione proposta di intervento per il contrasto alla grave emarginazione adulta. "
      + "PON Inclusione FEAD";
  static final String PHASE_2 = "Stipula protocolli d'intesa con soggetti terzi per l'individuazione di strutture "
      + "destinati ai MSNA";
  static final String PHASE_2_DATES = "01/09/" + YEAR + "\t30/11/" + YEAR;
  static final String PHASE_3_DATES = "01/01/" + YEAR + "\t30/06/" + YEAR;
  private static final AtomicInteger CODES = new AtomicInteger();

  @Autowired
  JdbcClient jdbc;
  @Autowired
  TaskService tasks;
  @Autowired
  RuntimeService runtime;

  @BeforeEach
  void eighteenthOfJuly() {
    today(DAY);
  }

  /** A code of this year no other test uses. */
  static String code() {
    return YEAR + "_V" + CODES.incrementAndGet() + "X" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
  }

  /** The real sheet as this year's objective {@code code}, with the dates the class comment tells. */
  static String sheet(String code) {
    String sheet = realSheet(code).replace("/2017", "/" + YEAR);
    sheet = sheet.replace("01/03/" + YEAR + "\t30/11/" + YEAR, PHASE_2_DATES);
    int third = sheet.indexOf("FASE\tPromuovere");
    return sheet.substring(0, third) + sheet.substring(third).replaceFirst("01/01/" + YEAR + "\t31/12/" + YEAR,
        PHASE_3_DATES);
  }

  /**
   * A given name no other test prints: the database is shared by every test of the context, and a
   * reassignment reaches every objective of a person.
   */
  static String uniqueName() {
    StringBuilder name = new StringBuilder();
    for (char digit : Long.toString(CODES.incrementAndGet() * 1_000_003L + System.nanoTime() % 1_000_000).toCharArray()) {
      name.append((char) ('A' + digit - '0'));
    }
    return name.toString();
  }

  /** Imports {@code code} and runs its due timers: the phases of 18 July are open. */
  String running(String code) {
    return running(code, sheet(code));
  }

  String running(String code, String sheet) {
    Api.Answer answer = as(CONTROLLO).postText("/api/objectives", sheet);
    assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    String instance = answer.body().path("objectives").get(0).path("processInstanceId").asText();
    runDueJobs(instance);
    assertThat(phaseStates(code)).containsExactly("RUNNING", "PLANNED", "RUNNING", "RUNNING");
    return instance;
  }

  Api.Answer vary(String sheet) {
    return vary(sheet, "act=" + encoded(ACT) + "&effective=" + DAY);
  }

  Api.Answer vary(String sheet, String query) {
    return as(CONTROLLO).postText("/api/variations?" + query, sheet);
  }

  static String encoded(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  List<String> phaseStates(String code) {
    return jdbc.sql("select state from peg_phase where objective_code = ? order by phase_number").param(code)
        .query(String.class).list();
  }

  /** Everything our tables hold of {@code code}, row by row. */
  List<Map<String, Object>> tables(String code) {
    var rows = new java.util.ArrayList<Map<String, Object>>();
    rows.addAll(jdbc.sql("select * from peg_objective where code = ?").param(code).query().listOfRows());
    rows.addAll(jdbc.sql("select * from peg_phase where objective_code = ? order by phase_number").param(code)
        .query().listOfRows());
    rows.addAll(jdbc.sql("select * from peg_indicator where objective_code = ? order by indicator_number").param(code)
        .query().listOfRows());
    return rows;
  }

  /** The variations recorded for {@code code}: act, kind, sender and each change as attribute:before→after. */
  List<String> recorded(String code) {
    return jdbc.sql("""
            select v.kind, v.act, v.effective_date, v.sent_by, c.phase_number, c.indicator_number, c.attribute,
              c.before_value, c.after_value
            from peg_plan_change c join peg_variation v on v.variation_id = c.variation_id
            where c.objective_code = ? order by c.change_id""")
        .param(code)
        .query((rs, n) -> rs.getString("kind") + " «" + rs.getString("act") + "» " + rs.getString("effective_date")
            + " " + rs.getString("sent_by") + ": " + where(rs.getObject("phase_number"), rs.getObject("indicator_number"))
            + rs.getString("attribute") + " " + rs.getString("before_value") + " -> " + rs.getString("after_value"))
        .list();
  }

  private static String where(Object phase, Object indicator) {
    return phase != null ? "fase " + phase + " " : indicator != null ? "indicatore " + indicator + " " : "";
  }

  long variationRows() {
    return jdbc.sql("select count(*) from peg_variation").query(Long.class).single()
        + jdbc.sql("select count(*) from peg_plan_change").query(Long.class).single();
  }

  /** The responsible of the phase completes it, in full, on {@code actualEnd}. */
  void complete(String instance, String phaseName, String actualEnd) {
    Task task = tasks.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(ProcessConstants.TASK_COMPLETE_PHASE).list().stream()
        .filter(t -> t.getName().startsWith(phaseName.substring(0, 20))).findFirst().orElseThrow();
    tasks.complete(task.getId(), Map.of(ProcessConstants.PHASE_COMPLETION, 100,
        ProcessConstants.PHASE_ACTUAL_END, actualEnd, ProcessConstants.PHASE_REPORT, "Fatto"));
    runDueJobs(instance);
  }

  /** The Italian problem of a refusal, with its status. */
  static void assertRefused(Api.Answer answer, int status, String... words) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().path("detail").asText()).contains(words);
  }
}
