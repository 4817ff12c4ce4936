package it.pegworkflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs the benchmark and checks that it produced every row: never its timings, which belong to the
 * table. {@code mvn verify} runs it small ({@code bench.n} = 50) in a JVM of its own, so that it
 * never rots; {@code mvn -Pbench verify} runs it at N = 5,000 and, on a second database, five
 * past years of 2,000 objectives ({@code bench.years}, {@code bench.objectives-per-year}), on PostgreSQL with {@code -Dbench.db=postgres}.
 */
class BenchmarkRun {

  @Test
  void producesEveryRow() throws Exception {
    int n = Integer.getInteger("bench.n", 50);
    Path data = Files.createTempDirectory(Path.of("target"), "bench-data");
    boolean postgres = "postgres".equals(System.getProperty("bench.db"));
    BenchReport report = new Benchmark(n, data, postgres).run();
    int years = Integer.getInteger("bench.years", 5);
    if (years > 0) {
      new FiveYears(years, Integer.getInteger("bench.objectives-per-year", 20), data, postgres, report,
          Duration.ofSeconds(Integer.getInteger("bench.deadline-seconds", 10))).run();
    }

    System.out.println(report.table());
    report.write(Path.of("target", "bench.json"));
    assertThat(report.rows()).extracting(BenchReport.Row::scenario).contains("startup", "import", "growth", "timers",
        "complete", "complete p50", "complete p99", "read /api/objectives p50", "read /api/objectives p99", "read /api/dashboard p50", "read /api/dashboard p99",
        "heap");
    if (years > 0) {
      assertThat(report.rows()).extracting(BenchReport.Row::scenario)
          .contains("import year 6", "import growth years", "rows per objective", "five years grants",
              "tasklist count p50", "tasklist count p99", "tasklist list p50", "tasklist list p99",
              "read /api/objectives five years p50", "read /api/objectives five years p99",
              "read /api/dashboard year p50", "read /api/dashboard year p99",
              "read /api/dashboard all years p50", "read /api/dashboard all years p99", "report xlsx",
              "deadline day", "deadline day p50", "deadline day p99", "deadline day 5xx", "complete vs stock REST",
              "heap per 1000", "database per 1000");
      // A 5xx on the deadline day is a bug, not a timing.
      assertThat(report.rows()).filteredOn(row -> row.scenario().equals("deadline day 5xx"))
          .allMatch(row -> row.ours() == 0);
    }
    // Rows that count errors may be zero; every measured time, rate or size is positive.
    assertThat(report.rows()).allMatch(row -> row.ours() > 0 || row.unit().startsWith("count of"));
    assertThat(Path.of("target", "bench.json")).exists();
  }
}
