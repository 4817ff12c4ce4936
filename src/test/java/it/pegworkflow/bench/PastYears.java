package it.pegworkflow.bench;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.process.ProcessHarness;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A city's past years: each year's objectives imported through the application's API before the
 * year starts, then lived through with the engine's clock moved: phases open on their planned
 * start, late ones are flagged, every phase is concluded, the indicators recorded, a deviation
 * justified when the process asks for it, and the Nucleo validates. Not timed: it leaves the
 * database what real use leaves (history, per-instance grants, our tables with the scores).
 * The people's work goes through {@link TaskService} (the forms' checks run in its listeners), not
 * over REST: so no user operation log rows, which REST would add for each completion. The work is
 * committed {@value #BATCH} steps at a time: the rows are those of one step per transaction, and a
 * city's five years fill in a fraction of the time a commit per step takes.
 */
final class PastYears {

  private static final int FILE_SIZE = 10;
  private static final int BATCH = 25;

  /** Moments of a year at which the benchmark looks at what people see (Tasklist), not timed as the fill. */
  interface Moments {
    Moments NONE = new Moments() {};

    /** 1 July: every phase of the year is open, the late ones flagged and their Dirigenti urged. */
    default void phasesOpen(int year) throws Exception {}

    /** 15 March of the year after: every report of the year waits for the Nucleo. */
    default void validationsPending(int year) throws Exception {}
  }

  private final ProcessEngine engine;
  private final Http http;
  private final int objectivesPerYear;

  PastYears(ProcessEngine engine, Http http, int objectivesPerYear) {
    this.engine = engine;
    this.http = http;
    this.objectivesPerYear = objectivesPerYear;
  }

  /** Imports the year's objectives through {@code /api/objectives} on 20 December of the year before. */
  void importYear(int year) throws Exception {
    ProcessHarness.today((year - 1) + "-12-20");
    BenchSheets sheets = BenchSheets.city(year, year);
    for (int from = 1; from <= objectivesPerYear; from += FILE_SIZE) {
      http.postSheet(Benchmark.ADMIN, sheets.file(from, Math.min(FILE_SIZE, objectivesPerYear - from + 1)));
    }
  }

  /** The year of objectives already imported, from the first planned start to the Nucleo's validation. */
  void liveThrough(int year) throws Exception {
    liveThrough(year, Moments.NONE);
  }

  void liveThrough(int year, Moments moments) throws Exception {
    String codes = year + "_B%";
    // 1 July: every phase has started (planned starts run to June), the early ones are late.
    ProcessHarness.today(year + "-07-01");
    runDueJobs();
    moments.phasesOpen(year);
    int[] phase = {0};
    inBatches(engine, open(codes, TASK_COMPLETE_PHASE), task -> {
      // One phase in five reported short of its target, so that some objectives score under 100.
      int completion = phase[0]++ % 5 == 0 ? 80 : 100;
      tasks().complete(task.getId(), Map.of(PHASE_COMPLETION, completion, PHASE_ACTUAL_END, year + "-07-01",
          PHASE_REPORT, "Attività svolte come da programma"));
    });
    runDueJobs();
    ProcessHarness.today(year + "-12-31");
    inBatches(engine, open(codes, TASK_RECORD_INDICATOR), task -> {
      String expected = (String) tasks().getVariable(task.getId(), INDICATOR_EXPECTED);
      tasks().complete(task.getId(), Map.of(INDICATOR_ACTUAL, BenchSheets.actualFor(expected, year),
          INDICATOR_NOTE, "Rilevato dal Dirigente"));
    });
    runDueJobs();
    ProcessHarness.today((year + 1) + "-01-20");
    inBatches(engine, open(codes, TASK_JUSTIFY_DEVIATION),
        task -> tasks().complete(task.getId(), Map.of(DEVIATION_REASON, "Risorse di personale inferiori al previsto")));
    runDueJobs();
    ProcessHarness.today((year + 1) + "-03-15");
    moments.validationsPending(year);
    inBatches(engine, open(codes, TASK_VALIDATE_REPORT),
        task -> tasks().complete(task.getId(), Map.of(VALIDATION_APPROVED, true)));
    runDueJobs();
    long running = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKeyLike(codes).count();
    if (running > 0) {
      throw new IllegalStateException(running + " objectives of " + year + " did not reach the end of their year");
    }
  }

  private List<Task> open(String codes, String taskKey) {
    return tasks().createTaskQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKeyLike(codes)
        .taskDefinitionKey(taskKey).list();
  }

  /** Every job of our process due at the engine's time, one at a time as the harness does, and those they make due. */
  private void runDueJobs() {
    runDueJobs(engine, PROCESS_KEY);
  }

  /** Every job of {@code processKey}'s instances due at the engine's time, and those they make due. */
  static void runDueJobs(ProcessEngine engine, String processKey) {
    ManagementService management = engine.getManagementService();
    while (true) {
      List<Job> due = management.createJobQuery().processDefinitionKey(processKey).executable()
          .orderByJobDuedate().asc().listPage(0, 500);
      if (due.isEmpty()) {
        return;
      }
      inBatches(engine, due, job -> {
        // A job can remove others (an interrupting timer cancels its siblings).
        if (management.createJobQuery().jobId(job.getId()).count() > 0) {
          management.executeJob(job.getId());
        }
      });
    }
  }

  /** {@code work} on each of {@code items}, {@value #BATCH} to a transaction. */
  private static <T> void inBatches(ProcessEngine engine, List<T> items, Consumer<T> work) {
    TransactionTemplate transaction = new TransactionTemplate(Benchmark.springTransactions(engine));
    for (int from = 0; from < items.size(); from += BATCH) {
      List<T> batch = items.subList(from, Math.min(items.size(), from + BATCH));
      transaction.executeWithoutResult(status -> batch.forEach(work));
    }
  }

  private TaskService tasks() {
    return engine.getTaskService();
  }

}
