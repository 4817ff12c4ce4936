package it.pegworkflow.operations;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Phase tasks completed over {@code /engine-rest} by a few clients at once, as people do, until the
 * list ends or the server goes away; it remembers each completion the server acknowledged (204).
 */
final class AcknowledgedCompletions implements AutoCloseable {

  private static final int CLIENTS = 3;

  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

  AcknowledgedCompletions(int port, String user, String password, List<String> taskIds, String actualEnd) {
    var queue = new ConcurrentLinkedQueue<>(taskIds);
    String body = """
        {"variables":{"phaseCompletion":{"value":100},"phaseActualEnd":{"value":"%s"},\
        "phaseReport":{"value":"Fatto prima dell'interruzione"}}}""".formatted(actualEnd);
    for (int i = 0; i < CLIENTS; i++) {
      clients.submit(() -> {
        for (String taskId = queue.poll(); taskId != null; taskId = queue.poll()) {
          try {
            if (Http.postJson(port, "/engine-rest/task/" + taskId + "/complete", user, password, body).status() == 204) {
              acknowledged.add(taskId);
            }
          } catch (RuntimeException serverGone) {
            return;
          }
        }
      });
    }
  }

  /** Returns as soon as {@code count} completions were acknowledged: the caller kills the server at once. */
  void awaitAtLeast(int count, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (acknowledged.size() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(count + " completions not acknowledged within " + limit + ": " + acknowledged.size());
      }
      Thread.sleep(5);
    }
  }

  Set<String> acknowledged() {
    return Set.copyOf(acknowledged);
  }

  @Override
  public void close() throws InterruptedException {
    clients.shutdown();
    clients.awaitTermination(1, TimeUnit.MINUTES);
  }
}
