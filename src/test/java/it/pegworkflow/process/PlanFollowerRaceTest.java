package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;
import static it.pegworkflow.process.ProcessHarness.today;
import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.objective.PhaseState;
import it.pegworkflow.platform.UserMistakes;
import it.pegworkflow.variation.Attribute;
import it.pegworkflow.variation.Change;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A variation and the completion of the same phase's task at the same moment: one wins, the other is
 * refused with a 409, and nothing of the loser stays.
 */
class PlanFollowerRaceTest extends ProcessTest {

  @Autowired PlanFollower follower;
  @Autowired PlanningCalendar calendar;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void aCompletionWhileAVariationMovesThePhaseIsRefusedWith409AndTheVariationStays() throws Exception {
    today("2016-12-20");
    String instance = instance(harness.importSheet(ProcessHarness.realSheet(code))).getId();
    today("2017-03-01");
    harness.runDueJobs(instance);
    Task task = phaseTask(instance, 1);
    CountDownLatch followed = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    // The variation has moved the phase's end and not committed yet when the responsible concludes it.
    CompletableFuture<Void> variation = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
        .executeWithoutResult(status -> {
          new PlanTables(jdbc, code).plannedEnd(1, "2018-01-31");
          follower.follow(code, List.of(Change.ofPhase(1, Attribute.PLANNED_END, "2017-12-31", "2018-01-31")));
          followed.countDown();
          await(commit);
        }));
    assertThat(followed.await(20, TimeUnit.SECONDS)).isTrue();
    AtomicReference<Thread> responsible = new AtomicReference<>();
    CompletableFuture<Void> completion = CompletableFuture.runAsync(() -> {
      responsible.set(Thread.currentThread());
      tasks.complete(task.getId(), Map.of(PHASE_OUTCOME, OUTCOME_CONCLUDED, PHASE_COMPLETION, 100,
          PHASE_ACTUAL_END, "2017-03-01", PHASE_REPORT, "Fatto"));
    });
    waitUntilBlockedInTheDatabase(responsible);
    commit.countDown();
    variation.get(20, TimeUnit.SECONDS);

    Throwable refused = failure(completion);
    assertThat(UserMistakes.in(refused)).as("the completion's answer").isNotNull()
        .satisfies(answer -> assertThat(answer.status()).isEqualTo(409));
    assertThat(phaseTask(instance, 1).getDueDate()).as("the variation stays whole")
        .isEqualTo(calendar.endOf(LocalDate.parse("2018-01-31")));
    assertThat(store.phase(code, 1).state()).as("nothing of the completion").isEqualTo(PhaseState.RUNNING);
    assertThat(store.phase(code, 1).completion()).isNull();

    harness.completePhase(phaseTask(instance, 1), 100, "2017-03-01", "Fatto");
    assertThat(store.phase(code, 1).state()).as("done again, it is concluded").isEqualTo(PhaseState.COMPLETED);
  }

  @Test
  void aVariationWhileTheResponsibleConcludesThePhaseIsRefusedWithPlanConflictAndTheCompletionStays() throws Exception {
    today("2016-12-20");
    String instance = instance(harness.importSheet(ProcessHarness.realSheet(code))).getId();
    today("2017-03-01");
    harness.runDueJobs(instance);
    Task task = phaseTask(instance, 1);
    CountDownLatch completed = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    // The responsible's completion is written and not committed yet when the variation moves the phase.
    CompletableFuture<Void> completion = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
        .executeWithoutResult(status -> {
          tasks.complete(task.getId(), Map.of(PHASE_OUTCOME, OUTCOME_CONCLUDED, PHASE_COMPLETION, 100,
              PHASE_ACTUAL_END, "2017-03-01", PHASE_REPORT, "Fatto"));
          completed.countDown();
          await(commit);
        }));
    assertThat(completed.await(20, TimeUnit.SECONDS)).isTrue();
    AtomicReference<Thread> variationThread = new AtomicReference<>();
    CompletableFuture<Void> variation = CompletableFuture.runAsync(() -> {
      variationThread.set(Thread.currentThread());
      new TransactionTemplate(transactions).executeWithoutResult(status -> {
        new PlanTables(jdbc, code).plannedEnd(1, "2018-01-31");
        follower.follow(code, List.of(Change.ofPhase(1, Attribute.PLANNED_END, "2017-12-31", "2018-01-31")));
      });
    });
    waitUntilBlockedInTheDatabase(variationThread);
    commit.countDown();
    completion.get(20, TimeUnit.SECONDS);

    Throwable refused = failure(variation);
    assertThat(refused).isInstanceOf(PlanConflict.class)
        .hasMessage("La fase 1 dell'obiettivo " + code + " è stata appena conclusa: la variazione non è stata applicata, "
            + "ricaricare e riprovare");
    assertThat(((PlanConflict) refused).status()).isEqualTo(409);
    assertThat(store.phase(code, 1).plannedEnd()).as("the variation's tables rolled back").isEqualTo(LocalDate.parse("2017-12-31"));
    assertThat(store.phase(code, 1).state()).as("the completion stays").isEqualTo(PhaseState.COMPLETED);
  }

  private Task phaseTask(String instance, int phase) {
    return harness.tasksOf(instance, TASK_COMPLETE_PHASE).stream()
        .filter(t -> Objects.equals(phase, tasks.getVariable(t.getId(), PHASE_NUMBER))).findFirst().orElseThrow();
  }

  private static Throwable failure(CompletableFuture<Void> future) throws Exception {
    try {
      future.get(20, TimeUnit.SECONDS);
      throw new AssertionError("Both went through, one beside the other");
    } catch (ExecutionException e) {
      return e.getCause();
    }
  }

  /** H2 waits for another transaction's row lock in its transaction store: seen three times in a row, it waits. */
  private static void waitUntilBlockedInTheDatabase(AtomicReference<Thread> thread) throws InterruptedException {
    int seen = 0;
    for (int i = 0; i < 500 && seen < 3; i++) {
      Thread t = thread.get();
      boolean waiting = t != null && Arrays.stream(t.getStackTrace())
          .anyMatch(f -> f.getClassName().startsWith("org.h2.mvstore.tx.") && f.getMethodName().startsWith("waitFor"));
      seen = waiting ? seen + 1 : 0;
      Thread.sleep(20);
    }
    if (seen < 3) {
      Thread t = thread.get();
      throw new AssertionError("It never waited for the other's lock: " + (t == null ? "not started"
          : t.getState() + " " + Arrays.stream(t.getStackTrace()).limit(25).map(String::valueOf).toList()));
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
