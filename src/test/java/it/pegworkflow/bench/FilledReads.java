package it.pegworkflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The monitoring's reads on the filled database, as the controllo di gestione makes them: every
 * objective of every year, the dashboard of one year and of each year in turn, and the year report
 * {@code .xlsx} of a whole past year.
 */
final class FilledReads {

  private static final int READS = 50;
  private static final int REPORTS = 5;

  private final Http http;
  private final BenchReport report;

  FilledReads(Http http, BenchReport report) {
    this.http = http;
    this.report = report;
  }

  /** {@code years}: the city's years, oldest first; {@code lastPast}: the last year lived through, whose report is downloaded. */
  void measure(List<Integer> years, int lastPast, long objectives, int perYear) {
    // One untimed call of each first: with 50 calls, the p99 is the slowest, which must not be the first.
    http.get(Benchmark.ADMIN, "/api/objectives");
    http.get(Benchmark.ADMIN, "/api/dashboard?year=" + lastPast);
    Latencies all = Latencies.repeat(READS, () -> http.get(Benchmark.ADMIN, "/api/objectives"));
    rows("read /api/objectives five years", objectives, "ms, every objective of " + years.size() + " years", all);
    Latencies year = Latencies.repeat(READS, () -> http.get(Benchmark.ADMIN, "/api/dashboard?year=" + lastPast));
    rows("read /api/dashboard year", perYear, "ms, the dashboard of " + lastPast + " on the filled database", year);
    List<Integer> inTurn = new ArrayList<>();
    while (inTurn.size() < READS) {
      inTurn.addAll(years);
    }
    var next = inTurn.iterator();
    Latencies each = Latencies.repeat(inTurn.size(), () -> http.get(Benchmark.ADMIN, "/api/dashboard?year=" + next.next()));
    rows("read /api/dashboard all years", objectives, "ms, the dashboard of each year " + years.get(0) + "-"
        + years.get(years.size() - 1) + " in turn", each);
    long[] size = new long[1];
    http.download(Benchmark.ADMIN, "/api/reports/" + lastPast + ".xlsx");
    Latencies workbook = Latencies.repeat(REPORTS, () -> size[0] = http.download(Benchmark.ADMIN,
        "/api/reports/" + lastPast + ".xlsx").length);
    report.add("report xlsx", perYear, String.format(Locale.ROOT,
        "ms per download of the year report of %d (%d objectives, %.0f KB): p99 of %d after one untimed, p50 %.0f ms",
        lastPast, perYear, size[0] / 1024.0, REPORTS, workbook.percentile(50)), workbook.percentile(99), null, "");
  }

  private void rows(String scenario, long n, String unit, Latencies reads) {
    report.add(scenario + " p50", n, unit, reads.percentile(50), null, "");
    report.add(scenario + " p99", n, unit, reads.percentile(99), null, "< 300");
  }
}
