package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast the dashboard answers for a big PEG: 5,000 objectives (20,000 phases, 15,000 indicators)
 * written straight into our tables, then {@code GET /api/dashboard} over HTTP, timed. Not part of
 * {@code mvn verify} (the name does not end in Test); run it with
 * {@code mvn -o -q test -Dtest=DashboardBenchmark}. The figures go to target/benchmark.txt.
 */
class DashboardBenchmark extends RunningApplication {

  private static final int YEAR = 2099;
  private static final int OBJECTIVES = 5_000;
  private static final int CALLS = 50;
  private static final String[] STATES = {"RUNNING", "REPORTING", "VALIDATING", "REPORTED"};
  private static final String[] PHASE_STATES = {"PLANNED", "RUNNING", "COMPLETED", "NOT_COMPLETED"};

  @Autowired JdbcTemplate jdbc;

  @Test
  void theDashboardOf5000ObjectivesAnswersInUnderASecond() throws Exception {
    insertObjectives();

    long[] dashboard = time("/api/dashboard?year=" + YEAR);
    long[] filtered = time("/api/dashboard?year=" + YEAR + "&department=DIREZIONE%203&lateOnly=true");
    long[] workbook = time("/api/reports/" + YEAR + ".xlsx", 5);
    var answer = as(CONTROLLO).get("/api/dashboard?year=" + YEAR);
    assertThat(answer.body().path("objectives").size()).isEqualTo(OBJECTIVES);

    String report = String.format("""
        Dashboard benchmark, %s, %d cores, Java %s, H2 in memory
        %d objectives, %d phases, %d indicators; %d calls each over HTTP (Basic, controllo di gestione)
        GET /api/dashboard (all %d rows):        p50 %d ms, p99 %d ms, max %d ms
        GET /api/dashboard (Direzione + late):   p50 %d ms, p99 %d ms, max %d ms
        GET /api/reports/%d.xlsx (5 calls):     p50 %d ms, max %d ms
        """, LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        OBJECTIVES, OBJECTIVES * 4, OBJECTIVES * 3, CALLS, OBJECTIVES,
        percentile(dashboard, 50), percentile(dashboard, 99), dashboard[dashboard.length - 1],
        percentile(filtered, 50), percentile(filtered, 99), filtered[filtered.length - 1],
        YEAR, percentile(workbook, 50), workbook[workbook.length - 1]);
    System.out.println(report);
    Files.writeString(Path.of("target", "benchmark.txt"), report);
    assertThat(percentile(dashboard, 99)).isLessThan(1000);
  }

  private long[] time(String path) {
    return time(path, CALLS);
  }

  private long[] time(String path, int calls) {
    Api api = as(CONTROLLO);
    for (int i = 0; i < 5; i++) {
      assertThat(api.download(path).status()).isEqualTo(200);
    }
    long[] millis = new long[calls];
    for (int i = 0; i < calls; i++) {
      long start = System.nanoTime();
      assertThat(api.download(path).status()).isEqualTo(200);
      millis[i] = (System.nanoTime() - start) / 1_000_000;
    }
    Arrays.sort(millis);
    return millis;
  }

  private static long percentile(long[] sorted, int percent) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percent / 100.0) - 1)];
  }

  private void insertObjectives() {
    Timestamp now = Timestamp.from(Instant.now());
    List<Object[]> objectives = new ArrayList<>();
    List<Object[]> phases = new ArrayList<>();
    List<Object[]> indicators = new ArrayList<>();
    for (int i = 0; i < OBJECTIVES; i++) {
      String code = YEAR + "_B" + i;
      String state = STATES[i % 4];
      boolean scored = state.equals("VALIDATING") || state.equals("REPORTED");
      objectives.add(new Object[] {code, YEAR, "Obiettivo di prova numero " + i + " per misurare il cruscotto",
          "DIREZIONE " + (i % 12), "DIRETTORE " + (i % 12), "SERVIZIO " + (i % 60), "DIRIGENTE " + (i % 60),
          "dirigente" + (i % 60), "bench-" + i, state, scored ? 70 + i % 30 : null, scored ? "parzialmente raggiunto" : null,
          now});
      for (int p = 1; p <= 4; p++) {
        phases.add(new Object[] {code, p, "Fase " + p + " dell'obiettivo " + i, Date.valueOf(LocalDate.of(YEAR, p, 1)),
            Date.valueOf(LocalDate.of(YEAR, 6 + p, 30)), 25, "RESPONSABILE " + (i % 200), "responsabile" + (i % 200),
            PHASE_STATES[(i + p) % 4], (i + p) % 7 == 0, (i + p) % 4 >= 2 ? 80 : null});
      }
      for (int n = 1; n <= 3; n++) {
        indicators.add(new Object[] {code, n, "Indicatore " + n, "RISULTATO", "almeno " + (n * 100), "NUMBER",
            "THRESHOLD", "AT_LEAST", n * 100, false, scored ? String.valueOf(n * 90) : null, scored ? 90 : null});
      }
    }
    jdbc.batchUpdate("""
        insert into peg_objective (code, objective_year, title, department, director, unit, manager, manager_id,
          process_instance_id, state, score, band, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        objectives);
    jdbc.batchUpdate("""
        insert into peg_phase (objective_code, phase_number, name, planned_start, planned_end, weight, responsible,
          responsible_id, state, late, completion) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", phases);
    jdbc.batchUpdate("""
        insert into peg_indicator (objective_code, indicator_number, description, indicator_type, expected_value,
          value_kind, target_kind, target_comparison, target_value, target_percentage, actual_value, score)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", indicators);
  }
}
