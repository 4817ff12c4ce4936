package it.pegworkflow.process;

import it.pegworkflow.importing.ObjectiveImport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.io.ClassPathResource;

/**
 * Drives objectives through the engine the way time and people would: the clock moves, due jobs
 * run (the job executor is off in tests), tasks are completed.
 */
public final class ProcessHarness {

  public static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final AtomicInteger CODES = new AtomicInteger();

  private final ObjectiveImport objectiveImport;
  private final ManagementService management;
  private final TaskService tasks;

  ProcessHarness(ObjectiveImport objectiveImport, ManagementService management, TaskService tasks) {
    this.objectiveImport = objectiveImport;
    this.management = management;
    this.tasks = tasks;
  }

  /** The real Firenze sheet under a code of its own, so that every test has its own objective. */
  public static String realSheet(String code) {
    return sheet("sheets/2017_ZN02.txt").replace("2017_ZN02", code);
  }

  public static String sheet(String resource) {
    try {
      return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A code no other test uses: the database lives as long as the cached Spring context. */
  public static String newCode() {
    return "2017_T" + CODES.incrementAndGet() + "X" + Long.toString(System.nanoTime() % 100000, 36).toUpperCase();
  }

  /** Noon of that day in Florence: later than every timer of the day before, earlier than the day's end. */
  public static void today(String isoDay) {
    ClockUtil.setCurrentTime(Date.from(LocalDate.parse(isoDay).atTime(12, 0).atZone(ROME).toInstant()));
  }

  ObjectiveImport.Imported importSheet(String sheet) {
    return objectiveImport.importSheet(sheet.getBytes(StandardCharsets.UTF_8)).get(0);
  }

  /** Runs every job that is due now (timers and asynchronous steps), and the ones they make due. */
  void runDueJobs(String processInstanceId) {
    runDueJobs(management, processInstanceId, false);
  }

  /** The same, latest due date first: the job executor promises no order among jobs all due. */
  void runDueJobsLatestFirst(String processInstanceId) {
    runDueJobs(management, processInstanceId, true);
  }

  public static void runDueJobs(ManagementService management, String processInstanceId, boolean latestFirst) {
    // One at a time: a job can remove others (an interrupting timer cancels its siblings).
    for (int run = 0; run < 500; run++) {
      var query = management.createJobQuery().processInstanceId(processInstanceId).executable().orderByJobDuedate();
      List<Job> due = (latestFirst ? query.desc() : query.asc()).listPage(0, 1);
      if (due.isEmpty()) {
        return;
      }
      management.executeJob(due.get(0).getId());
    }
    throw new IllegalStateException("Jobs keep falling due: a loop in the model?");
  }

  List<Task> openTasks(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).initializeFormKeys().orderByTaskName().asc().list();
  }

  List<Task> tasksOf(String processInstanceId, String taskDefinitionKey) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskDefinitionKey)
        .orderByTaskName().asc().list();
  }

  Task phaseTask(String processInstanceId, String phaseNameStart) {
    return tasksOf(processInstanceId, ProcessConstants.TASK_COMPLETE_PHASE).stream()
        .filter(t -> t.getName().startsWith(phaseNameStart)).findFirst()
        .orElseThrow(() -> new AssertionError("No open phase task named " + phaseNameStart));
  }

  /** Completes the phase, then runs the continuation the model leaves to the job executor. */
  void completePhase(Task task, int completion, String actualEnd, String report) {
    tasks.complete(task.getId(), Map.of(
        ProcessConstants.PHASE_COMPLETION, completion,
        ProcessConstants.PHASE_ACTUAL_END, actualEnd,
        ProcessConstants.PHASE_REPORT, report));
    runDueJobs(task.getProcessInstanceId());
  }

  void recordIndicators(String processInstanceId, String... actualValues) {
    List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(ProcessConstants.TASK_RECORD_INDICATOR).list();
    for (Task task : open) {
      int number = (Integer) tasks.getVariable(task.getId(), ProcessConstants.INDICATOR_NUMBER);
      tasks.complete(task.getId(), Map.of(
          ProcessConstants.INDICATOR_ACTUAL, actualValues[number - 1],
          ProcessConstants.INDICATOR_NOTE, "Rilevato dal Dirigente"));
    }
  }

  public static void resetClock() {
    ClockUtil.reset();
  }
}
