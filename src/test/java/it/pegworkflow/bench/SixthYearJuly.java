package it.pegworkflow.bench;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.process.ProcessHarness;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * 1 July of the sixth year on the filled database: every phase of the year open. What people feel
 * then: Tasklist (beside the same reads of the first year on the empty database), the monitoring's
 * reads and the year report, and a deadline day: up to 200 responsibles completing their phases
 * over REST at the same time, beside stock REST completing the bare process's phases.
 */
final class SixthYearJuly {

  private static final int CLIENTS = 200;

  private final ProcessEngine engine;
  private final Http http;
  private final BenchReport report;
  private final Duration deadlineDay;

  SixthYearJuly(ProcessEngine engine, Http http, BenchReport report, Duration deadlineDay) {
    this.engine = engine;
    this.http = http;
    this.report = report;
    this.deadlineDay = deadlineDay;
  }

  void run(int first, int sixth, int perYear, long objectives, TasklistReads empty, TasklistReads filled) throws Exception {
    ProcessHarness.today(sixth + "-07-01");
    PastYears.runDueJobs(engine, PROCESS_KEY);
    PastYears.runDueJobs(engine, BareProcess.KEY);
    filled.phasesOpen(sixth);
    tasklistRows(sixth - first, empty, filled);
    List<Integer> years = java.util.stream.IntStream.rangeClosed(first, sixth).boxed().toList();
    new FilledReads(http, report).measure(years, sixth - 1, objectives, perYear);
    deadlineDay(sixth);
  }

  private void tasklistRows(int filledYears, TasklistReads empty, TasklistReads filled) {
    String who = " as " + filled.people() + " (most tasks in a filter) on " + filledYears
        + " filled years, vs the same roles in year 1 on the empty database (" + empty.people() + ")";
    Latencies counts = filled.counts();
    Latencies lists = filled.lists();
    report.add("tasklist count p50", counts.count(), "ms, every filter's count" + who,
        counts.percentile(50), empty.counts().percentile(50), "");
    report.add("tasklist count p99", counts.count(), "ms, every filter's count" + who + "; slowest " + filled.slowest("count"),
        counts.percentile(99), empty.counts().percentile(99), "p99 < 150");
    report.add("tasklist list p50", lists.count(), "ms, every filter's first page of 15" + who,
        lists.percentile(50), empty.lists().percentile(50), "");
    report.add("tasklist list p99", lists.count(), "ms, every filter's first page of 15" + who + "; slowest "
        + filled.slowest("list"), lists.percentile(99), empty.lists().percentile(99), "p99 < 150");
  }

  /** The floor's REST is checked as ours is: another person may not complete a bare phase given to someone (403). */
  private void checkSameSecurity(Map<String, List<String>> stock, Map<String, Object> values) throws Exception {
    List<String> people = stock.keySet().stream().filter(person -> !stock.get(person).isEmpty()).limit(2).toList();
    if (people.size() < 2) {
      return;
    }
    int status = http.completeTaskStatus(people.get(1), stock.get(people.get(0)).get(0), values);
    if (status != 403) {
      throw new IllegalStateException("Stock REST let " + people.get(1) + " complete a phase of " + people.get(0)
          + " (" + status + "): the floor would not pay for the authorization checks");
    }
  }

  /** Up to 200 responsibles, those with the most open phases, each completing theirs; then the same over stock REST. */
  private void deadlineDay(int sixth) throws Exception {
    String codes = sixth + "_B%";
    List<String> people = BenchPeople.withMostTasks(engine, codes, TASK_COMPLETE_PHASE, CLIENTS);
    Map<String, List<String>> open = engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKeyLike(codes).taskDefinitionKey(TASK_COMPLETE_PHASE).orderByTaskCreateTime().asc()
        .list().stream().filter(task -> people.contains(task.getAssignee()))
        .collect(Collectors.groupingBy(Task::getAssignee, Collectors.mapping(Task::getId, Collectors.toList())));
    Map<String, List<String>> ours = new LinkedHashMap<>();
    people.forEach(person -> ours.put(person, open.get(person)));
    Map<String, List<String>> stock = StockRestFloor.sameWork(engine, sixth, ours);
    BenchPeople.givePassword(engine, people);
    // What the phase form sends when a phase is concluded (as Benchmark's completion): the bare tasks get the same.
    Map<String, Object> concluded = Map.of(PHASE_COMPLETION, 100, PHASE_ACTUAL_END, sixth + "-07-01", PHASE_REPORT,
        "Fase conclusa come da programma");
    checkSameSecurity(stock, concluded);
    DeadlineDay.Outcome day = DeadlineDay.run(http, ours, concluded, deadlineDay);
    DeadlineDay.Outcome floor = DeadlineDay.run(http, stock, concluded, deadlineDay);
    long tasks = ours.values().stream().mapToLong(List::size).sum();
    report.add("deadline day", tasks, "tasks/s over REST for at most " + deadlineDay.toSeconds() + " s: " + day.summary(),
        day.throughput(), null, "");
    report.add("deadline day p50", day.completed(), "ms per completion", day.latencies().percentile(50),
        floor.latencies().percentile(50), "");
    // No latency target: with 200 completions in flight at once a completion waits for those before
    // it, about clients / throughput; the target is the throughput's and the 5xx's.
    report.add("deadline day p99", day.completed(), "ms per completion, beside stock REST on the bare process",
        day.latencies().percentile(99), floor.latencies().percentile(99), "");
    report.add("deadline day 5xx", day.completed(), "count of 5xx answers or none (all refusals: " + day.refusals() + ")",
        day.serverErrors(), null, "0");
    report.add("complete vs stock REST", tasks, String.format(Locale.ROOT,
        "tasks/s, ours vs stock REST completing the bare process's phases (stock: %s, its p99 %.0f ms)", floor.summary(),
        floor.latencies().percentile(99)), day.throughput(), floor.throughput(), "ratio >= 0.8");
  }
}
