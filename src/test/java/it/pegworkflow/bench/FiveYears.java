package it.pegworkflow.bench;

import static it.pegworkflow.process.ProcessConstants.PROCESS_KEY;

import it.pegworkflow.objective.Objective;
import it.pegworkflow.process.ProcessHarness;
import it.pegworkflow.sheet.SheetParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A city after some years, on a database of its own: the first year's import on the empty
 * database, the years lived through ({@link PastYears}), then the next year's import on the
 * filled database, the rows ten objectives write there, ours beside the bare engine's, and what
 * people feel on 1 July of that year ({@link SixthYearJuly}, with the Tasklist reads of
 * {@link CityTasklist}); the heap and the database per 1,000 objectives after the fill.
 */
final class FiveYears {

  private static final int WARM_UP = 30;
  /** Timed rounds of each person's Tasklist filters (count and first page), after untimed ones. */
  private static final int TASKLIST_ROUNDS = 10;

  private final int years;
  private final int perYear;
  private final Path dataDirectory;
  private final boolean postgres;
  private final BenchReport report;
  private final java.time.Duration deadlineDay;

  FiveYears(int years, int perYear, Path dataDirectory, boolean postgres, BenchReport report,
      java.time.Duration deadlineDay) {
    this.deadlineDay = deadlineDay;
    this.years = years;
    this.perYear = perYear;
    this.dataDirectory = dataDirectory;
    this.postgres = postgres;
    this.report = report;
  }

  void run() throws Exception {
    try (ConfigurableApplicationContext app = Benchmark.start(dataDirectory, postgres, "bench5")) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      BareProcess.deploy(engine.getRepositoryService());
      Http http = new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
      Benchmark.pauseJobExecutor(engine);
      int sixth = LocalDate.now(Benchmark.ROME).getYear();
      int first = sixth - years;
      PastYears past = new PastYears(engine, http, perYear);
      JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
      double[] atStart = {usedHeapMegabytes(), databaseBytes(jdbc) / 1048576.0};
      // The same Tasklist reads in the first year on the empty database and in the last years on the filled one.
      CityTasklist tasklist = new CityTasklist(new TasklistReads(engine, http, TASKLIST_ROUNDS),
          new TasklistReads(engine, http, TASKLIST_ROUNDS), first, sixth - 1);
      try {
        // Warm-up, not measured: a few objectives of a far year, so that the first year's import is
        // not timed with this application's first queries (both imports then find them in the database).
        ProcessHarness.today((sixth + 9) + "-12-20");
        Benchmark.importBoth(engine, http, BenchSheets.city(99, sixth + 10), sixth + 10, Math.min(perYear, WARM_UP));
        long fillBegan = System.nanoTime();
        double[] firstYear = timedImport(engine, http, first);
        past.liveThrough(first, tasklist.whileLiving(first));
        for (int year = first + 1; year < sixth; year++) {
          past.importYear(year);
          past.liveThrough(year, tasklist.whileLiving(year));
        }
        // The Tasklist reads made while the years were lived through are not the fill's.
        double fillSeconds = (System.nanoTime() - fillBegan) / 1e9 - tasklist.empty().spentSeconds()
            - tasklist.filled().spentSeconds();
        long objectives = checkFilled(engine, jdbc, fillSeconds);
        footprint(jdbc, atStart, objectives);
        double[] sixthYear = timedImport(engine, http, sixth);
        report.add("import year 6", perYear, "ms/objective, year " + (years + 1) + " on " + years + " filled years",
            sixthYear[0], sixthYear[1], "ratio <= 1.3");
        report.add("import growth years", perYear, "ms/objective, year " + (years + 1) + " vs year 1 on the empty database",
            sixthYear[0], firstYear[0], "ratio <= 1.15");
        rowsPerObjective(engine, http, new RowCounts(app.getBean(DataSource.class)), sixth + 1);
        new SixthYearJuly(engine, http, report, deadlineDay).run(first, sixth, perYear, objectives, tasklist.empty(),
            tasklist.filled());
      } finally {
        ProcessHarness.resetClock();
      }
    }
  }

  /** The year's objectives imported on 20 December of the year before: ours and the bare engine's ms per objective. */
  private double[] timedImport(ProcessEngine engine, Http http, int year) throws Exception {
    ProcessHarness.today((year - 1) + "-12-20");
    long[] took = Benchmark.importBoth(engine, http, BenchSheets.city(year, year), year, perYear);
    return new double[] {Benchmark.millis(took[0]) / perYear, Benchmark.millis(took[1]) / perYear};
  }

  /** What real use leaves, or the fill is wrong: every past objective ended, scored, with its grants and history; the objectives held. */
  private long checkFilled(ProcessEngine engine, JdbcClient jdbc, double fillSeconds) throws java.io.IOException {
    long objectives = (long) years * perYear;
    long ended = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .finished().count();
    long scored = jdbc.sql("select count(*) from peg_objective where score is not null and state = 'REPORTED'")
        .query(Long.class).single();
    // Grants on one instance or task, live or historic (not the users' and groups' grants on themselves).
    long grants = jdbc.sql("select count(*) from ACT_RU_AUTHORIZATION where RESOURCE_ID_ <> '*' and RESOURCE_TYPE_ in ("
        + Resources.TASK.resourceType() + ", " + Resources.PROCESS_INSTANCE.resourceType() + ", "
        + Resources.HISTORIC_TASK.resourceType() + ", " + Resources.HISTORIC_PROCESS_INSTANCE.resourceType() + ")")
        .query(Long.class).single();
    long history = jdbc.sql("select count(*) from ACT_HI_VARINST").query(Long.class).single()
        + jdbc.sql("select count(*) from ACT_HI_DETAIL").query(Long.class).single()
        + jdbc.sql("select count(*) from ACT_HI_TASKINST").query(Long.class).single()
        + jdbc.sql("select count(*) from ACT_HI_ACTINST").query(Long.class).single();
    if (ended < objectives || scored < objectives || grants < objectives) {
      throw new IllegalStateException("The past years are not what real use leaves: " + ended + " ended instances, "
          + scored + " scored objectives, " + grants + " per-instance grants for " + objectives + " objectives");
    }
    report.add("five years fill", objectives, "s to fill (not measured work: import and the year lived through)",
        fillSeconds, null, "");
    report.add("five years grants", objectives, "grants on single (historic) instances and tasks after the fill", grants, null, "");
    report.add("five years database", objectives, "MB on disk after the fill (H2: the running file, compacted as it runs)",
        databaseBytes(jdbc) / 1048576.0, null, "");
    report.add("five years history", objectives, "rows of variable, detail, task and activity history after the fill",
        history, null, "");
    return jdbc.sql("select count(*) from peg_objective").query(Long.class).single();
  }

  /** Heap and database grown from the empty database to the filled one, per 1,000 objectives held. */
  private void footprint(JdbcClient jdbc, double[] atStart, long objectives) throws Exception {
    double heap = usedHeapMegabytes();
    double database = databaseBytes(jdbc) / 1048576.0;
    double thousands = objectives / 1000.0;
    report.add("heap per 1000", objectives, String.format(java.util.Locale.ROOT,
        "MB of heap per 1,000 objectives held: used after the fill minus at start (%.0f -> %.0f MB, after GC)",
        atStart[0], heap), (heap - atStart[0]) / thousands, null, "");
    report.add("database per 1000", objectives, String.format(java.util.Locale.ROOT,
        "MB on disk per 1,000 objectives held: after the fill minus at start (%.0f -> %.0f MB; H2: the running file, compacted as it runs)",
        atStart[1], database), (database - atStart[1]) / thousands, null, "");
  }

  private static double usedHeapMegabytes() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0;
  }

  private long databaseBytes(JdbcClient jdbc) throws java.io.IOException {
    if (postgres) {
      return jdbc.sql("select pg_database_size(current_database())").query(Long.class).single();
    }
    return java.nio.file.Files.size(dataDirectory.resolve("bench5.mv.db"));
  }

  /** Ten objectives imported through our API vs ten bare starts, on the filled database: rows written, by table. */
  private void rowsPerObjective(ProcessEngine engine, Http http, RowCounts counts, int year) throws Exception {
    ProcessHarness.today((year - 1) + "-12-20");
    String file = BenchSheets.city(42, year).file(1, 10);
    Map<String, Long> before = counts.now();
    http.postSheet(Benchmark.ADMIN, file);
    Map<String, Long> ours = RowCounts.added(before, counts.now());
    List<Objective> objectives = SheetParser.parse(file.getBytes(StandardCharsets.UTF_8));
    TransactionTemplate transaction = new TransactionTemplate(Benchmark.springTransactions(engine));
    before = counts.now();
    transaction.executeWithoutResult(status -> objectives.forEach(o -> Benchmark.startBare(engine, o, year)));
    Map<String, Long> bare = RowCounts.added(before, counts.now());
    report.add("rows per objective", 10, "rows written per objective, 10 imported (" + RowCounts.total(ours) + " vs "
        + RowCounts.total(bare) + " rows)", RowCounts.total(ours) / 10.0, RowCounts.total(bare) / 10.0, "");
    ours.forEach((table, rows) -> report.add("rows per objective " + table, 10, "rows written per objective in " + table,
        rows / 10.0, bare.getOrDefault(table, 0L) / 10.0, ""));
  }
}
