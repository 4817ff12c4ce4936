package it.pegworkflow.bench;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.PegApplication;
import it.pegworkflow.objective.Objective;
import it.pegworkflow.operations.PostgresServer;
import it.pegworkflow.sheet.SheetParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures PEG Workflow against the bare Camunda engine doing the same BPMN work, side by side in
 * one run, and writes the table and {@code target/bench.json}. Every figure is measured.
 */
final class Benchmark {

  static final ZoneId ROME = ZoneId.of("Europe/Rome");
  static final String ADMIN = "benchadmin";
  static final String PASSWORD = "bench-Password-1";
  private static final int FILE_SIZE = 10;
  private static final int CLIENTS = 8;

  private final int n;
  private final int timerObjectives;
  private final BenchReport report;
  private final Path dataDirectory;
  private final boolean postgres;

  /** {@code postgres}: a real PostgreSQL started for the run, instead of the default H2 file. */
  Benchmark(int n, Path dataDirectory, boolean postgres) {
    this.n = n;
    this.timerObjectives = Math.min(n, 300);
    this.dataDirectory = dataDirectory;
    this.postgres = postgres;
    this.report = new BenchReport(postgres ? "PostgreSQL 17 (embedded)" : "H2 file",
        Runtime.getRuntime().availableProcessors());
  }

  BenchReport run() throws Exception {
    long startup = System.nanoTime();
    try (ConfigurableApplicationContext app = start(dataDirectory, postgres, "bench")) {
      report.add("startup", 1, "s to ready", seconds(System.nanoTime() - startup), null, "< 15");
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      BareProcess.deploy(engine.getRepositoryService());
      int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      Http http = new Http(port);
      int year = LocalDate.now(ROME).getYear();
      // Warm-up, not measured: both paths compiled by the JIT before either is timed.
      importBoth(engine, http, new BenchSheets(99, year + 3), year + 3, Math.min(n, 200));
      importAndGrowth(engine, http, new BenchSheets(42, year + 2), year + 2);
      timersAndCompletion(engine, http, new BenchSheets(7, year + 1), year + 1);
      reads(http, year + 2);
      System.gc();
      Runtime runtime = Runtime.getRuntime();
      report.add("heap", n, "MB used after load", (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0, null, "");
    }
    return report;
  }

  /** The application on a database of the run's own, named {@code name}. */
  static ConfigurableApplicationContext start(Path dataDirectory, boolean postgres, String name) {
    // Arguments, not default properties: application.yaml must not win over them.
    return new SpringApplicationBuilder(PegApplication.class).run(
        "--server.port=0",
        "--spring.datasource.url=" + databaseUrl(dataDirectory, postgres, name),
        "--spring.datasource.username=" + (postgres ? PostgresServer.USER : "sa"),
        "--camunda.bpm.job-execution.enabled=true",
        "--peg.admin.user=" + ADMIN,
        "--peg.admin.password=" + PASSWORD,
        "--logging.level.root=WARN",
        "--spring.main.banner-mode=off");
  }

  private static String databaseUrl(Path dataDirectory, boolean postgres, String name) {
    if (postgres) {
      return PostgresServer.freshDatabase(name);
    }
    // A file of the run's own, with the settings of every H2 file of ours (application.yaml resolves them).
    return "jdbc:h2:file:" + dataDirectory.resolve(name).toAbsolutePath() + "${peg.h2-settings}";
  }

  /** Import through our API (parse, provisioning, store, start) vs the bare engine's start. */
  private void importAndGrowth(ProcessEngine engine, Http http, BenchSheets sheets, int year) throws Exception {
    List<Double> perObjective = new ArrayList<>();
    long[] took = importBoth(engine, http, sheets, year, n, perObjective);
    int batchesAtFirst = Math.max(1, Math.min(100, n) / FILE_SIZE);
    report.add("import", n, "ms/objective", millis(took[0]) / n, millis(took[1]) / n, "ratio <= 1.3");
    double first = average(perObjective.subList(0, Math.min(batchesAtFirst, perObjective.size())));
    double last = average(perObjective.subList(Math.max(0, perObjective.size() - batchesAtFirst), perObjective.size()));
    report.add("growth", n, "ms/objective at the end vs at the start", last, first, "ratio <= 1.25");
  }

  static long[] importBoth(ProcessEngine engine, Http http, BenchSheets sheets, int year, int count) throws Exception {
    return importBoth(engine, http, sheets, year, count, new ArrayList<>());
  }

  /** Imports {@code total} objectives both ways, in files of ten; the nanoseconds each way took. */
  private static long[] importBoth(ProcessEngine engine, Http http, BenchSheets sheets, int year, int total,
      List<Double> perObjective) throws Exception {
    pauseJobExecutor(engine);
    long ours = 0;
    long bare = 0;
    TransactionTemplate transaction = new TransactionTemplate(springTransactions(engine));
    for (int from = 1; from <= total; from += FILE_SIZE) {
      int count = Math.min(FILE_SIZE, total - from + 1);
      String file = sheets.file(from, count);
      long began = System.nanoTime();
      http.postSheet(ADMIN, file);
      long took = System.nanoTime() - began;
      ours += took;
      perObjective.add(millis(took) / count);
      List<Objective> objectives = SheetParser.parse(file.getBytes(StandardCharsets.UTF_8));
      began = System.nanoTime();
      transaction.executeWithoutResult(status -> objectives.forEach(o -> startBare(engine, o, year)));
      bare += System.nanoTime() - began;
    }
    return new long[] {ours, bare};
  }

  static org.springframework.transaction.PlatformTransactionManager springTransactions(ProcessEngine engine) {
    return ((org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration) engine.getProcessEngineConfiguration())
        .getTransactionManager();
  }

  /** Phase timers falling due together, drained by the job executor, then every phase completed. */
  private void timersAndCompletion(ProcessEngine engine, Http http, BenchSheets sheets, int year) throws Exception {
    ManagementService management = engine.getManagementService();
    String file = sheets.file(1, timerObjectives);
    for (int from = 1; from <= timerObjectives; from += FILE_SIZE) {
      http.postSheet(ADMIN, sheets.file(from, Math.min(FILE_SIZE, timerObjectives - from + 1)));
    }
    TransactionTemplate transaction = new TransactionTemplate(springTransactions(engine));
    for (Objective objective : SheetParser.parse(file.getBytes(StandardCharsets.UTF_8))) {
      transaction.executeWithoutResult(status -> startBare(engine, objective, year));
    }
    management.suspendJobDefinitionByProcessDefinitionKey(BareProcess.KEY, true);
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(year, 12, 31).atTime(12, 0).atZone(ROME).toInstant()));
    try {
      Drain ours = drain(engine, PROCESS_KEY);
      pauseJobExecutor(engine);
      management.activateJobDefinitionByProcessDefinitionKey(BareProcess.KEY, true);
      Drain bare = drain(engine, BareProcess.KEY);
      report.add("timers", ours.jobs(), "jobs/s (drain " + ours.seconds() + " s vs " + bare.seconds() + " s)",
          ours.jobsPerSecond(), bare.jobsPerSecond(), "ratio >= 0.8");
      pauseJobExecutor(engine);
      completion(engine, http, year);
    } finally {
      ClockUtil.reset();
    }
  }

  private void completion(ProcessEngine engine, Http http, int year) throws Exception {
    IdentityService identity = engine.getIdentityService();
    List<Task> ourTasks = engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY)
        .taskDefinitionKey(TASK_COMPLETE_PHASE).list();
    for (String assignee : ourTasks.stream().map(Task::getAssignee).distinct().toList()) {
      User user = identity.createUserQuery().userId(assignee).singleResult();
      user.setPassword(PASSWORD);
      identity.saveUser(user);
    }
    Map<String, Object> report = Map.of(PHASE_COMPLETION, 100, PHASE_ACTUAL_END, year + "-12-15", PHASE_REPORT, "Fatto");
    Latencies rest = Latencies.run(CLIENTS, ourTasks, task -> http.completeTask(task.getAssignee(), task.getId(), report));
    List<Task> bareTasks = engine.getTaskService().createTaskQuery().processDefinitionKey(BareProcess.KEY)
        .taskDefinitionKey(TASK_COMPLETE_PHASE).list();
    // The bare model has no listener making the report local to its phase: the engine is given it
    // on the phase's execution, in the same transaction as the completion.
    TransactionTemplate transaction = new TransactionTemplate(springTransactions(engine));
    Latencies inProcess = Latencies.run(CLIENTS, bareTasks, task -> transaction.executeWithoutResult(status -> {
      engine.getRuntimeService().setVariablesLocal(task.getExecutionId(), report);
      engine.getTaskService().complete(task.getId());
    }));
    this.report.add("complete", ourTasks.size(), "tasks/s (REST, 8 clients) vs in-process", rest.throughput(),
        inProcess.throughput(), "ratio >= 0.6");
    this.report.add("complete p50", ourTasks.size(), "ms", rest.percentile(50), inProcess.percentile(50), "");
    this.report.add("complete p99", ourTasks.size(), "ms", rest.percentile(99), inProcess.percentile(99), "< 250");
  }

  /** Every objective as a list, and the dashboard of the year that holds the N imported ones. */
  private void reads(Http http, int year) throws Exception {
    Map<String, String> paths = Map.of("/api/objectives", "/api/objectives", "/api/dashboard", "/api/dashboard?year=" + year);
    for (String name : List.of("/api/objectives", "/api/dashboard")) {
      Latencies reads = Latencies.repeat(50, () -> http.get(ADMIN, paths.get(name)));
      report.add("read " + name + " p50", n, "ms", reads.percentile(50), null, "");
      report.add("read " + name + " p99", n, "ms", reads.percentile(99), null, "< 300");
    }
  }

  static void startBare(ProcessEngine engine, Objective objective, int year) {
    var phase = objective.phases().get(0);
    Map<String, Object> variables = new HashMap<>();
    variables.put(OBJECTIVE_CODE, objective.code() + "-bare");
    variables.put(MANAGER_ID, "bare");
    variables.put(PHASE_COUNT, objective.phases().size());
    variables.put(INDICATOR_COUNT, objective.indicators().size());
    variables.put(REPORTING_DEADLINE, day(LocalDate.of(year + 1, 1, 31)));
    variables.put(PHASE_NAME, phase.name());
    variables.put(PHASE_ASSIGNEE, "bare");
    variables.put(PHASE_GROUP, "bare");
    variables.put(PHASE_PLANNED_START, day(phase.plannedStart()));
    variables.put(PHASE_DUE_DATE, day(phase.plannedEnd()));
    engine.getRuntimeService().startProcessInstanceByKey(BareProcess.KEY, objective.code() + "-bare", variables);
  }

  private static Drain drain(ProcessEngine engine, String processKey) throws InterruptedException {
    ManagementService management = engine.getManagementService();
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    long executedBefore = engine.getHistoryService().createHistoricJobLogQuery().processDefinitionKey(processKey)
        .successLog().count();
    long began = System.nanoTime();
    configuration.getJobExecutor().start();
    while (management.createJobQuery().processDefinitionKey(processKey).executable().count() > 0) {
      Thread.sleep(50);
    }
    long took = System.nanoTime() - began;
    long executed = engine.getHistoryService().createHistoricJobLogQuery().processDefinitionKey(processKey)
        .successLog().count() - executedBefore;
    var failed = management.createJobQuery().processDefinitionKey(processKey).withException().listPage(0, 1);
    if (!failed.isEmpty()) {
      throw new IllegalStateException("Jobs failed while draining " + processKey + ": " + failed.get(0).getExceptionMessage());
    }
    return new Drain(executed, took);
  }

  static void pauseJobExecutor(ProcessEngine engine) {
    var jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    if (jobExecutor.isActive()) {
      jobExecutor.shutdown();
    }
  }

  private record Drain(long jobs, long nanos) {
    double jobsPerSecond() {
      return jobs / (nanos / 1e9);
    }

    String seconds() {
      return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
    }
  }

  private static Date day(LocalDate day) {
    return Date.from(day.atStartOfDay(ROME).toInstant());
  }

  private static double average(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  static double millis(long nanos) {
    return nanos / 1e6;
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
