package it.pegworkflow.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Many people completing their tasks at the same time over {@code /engine-rest}, one client per
 * person (HTTP Basic as that person), each working through their own tasks one after the other,
 * for at most {@code duration}. Every answer that is not a 2xx is counted by status, never retried.
 *
 * <p>People run out of tasks at different moments: the throughput counts the completions made
 * while at least half of the clients still had work, so that the tail of the last few does not
 * decide it; the latencies are those of every completion.
 */
final class DeadlineDay {

  record Outcome(int clients, Latencies latencies, long completedInWindow, double windowSeconds, long completed,
      Map<Integer, Long> refused) {

    double throughput() {
      return windowSeconds == 0 ? 0 : completedInWindow / windowSeconds;
    }

    long serverErrors() {
      return refused.entrySet().stream().filter(e -> e.getKey() >= 500 || e.getKey() == NO_ANSWER).mapToLong(Map.Entry::getValue).sum();
    }

    /** {@code 409 × 3, 500 × 1} ({@code 0}: no answer), or {@code none}. */
    String refusals() {
      if (refused.isEmpty()) {
        return "none";
      }
      StringBuilder text = new StringBuilder();
      refused.forEach((status, count) -> text.append(text.isEmpty() ? "" : ", ").append(status).append(" × ").append(count));
      return text.toString();
    }

    String summary() {
      return String.format(Locale.ROOT, "%d clients, %d completed (%d in %.1f s with half the clients busy), refused: %s",
          clients, completed, completedInWindow, windowSeconds, refusals());
    }
  }

  /** The status counted for a call the server did not answer (connection refused or reset). */
  static final int NO_ANSWER = 0;

  private DeadlineDay() {}

  /** {@code tasks}: each person's task ids, in the order they complete them. */
  static Outcome run(Http http, Map<String, List<String>> tasks, Map<String, Object> values, Duration duration)
      throws Exception {
    // Only people with work are clients: an idle one would end the window at once.
    Map<String, List<String>> working = new java.util.LinkedHashMap<>(tasks);
    working.values().removeIf(List::isEmpty);
    int clients = working.size();
    ConcurrentLinkedQueue<Long> took = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Long> completedAt = new ConcurrentLinkedQueue<>();
    Map<Integer, Long> refused = new ConcurrentHashMap<>();
    List<Long> finishedAt = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long began = System.nanoTime();
    long deadline = began + duration.toNanos();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Map.Entry<String, List<String>> person : working.entrySet()) {
        running.add(pool.submit(() -> {
          for (String task : person.getValue()) {
            if (System.nanoTime() >= deadline) {
              break;
            }
            long start = System.nanoTime();
            int status;
            try {
              status = http.completeTaskStatus(person.getKey(), task, values);
            } catch (java.io.IOException e) {
              status = NO_ANSWER;
            }
            long end = System.nanoTime();
            if (status / 100 == 2) {
              took.add(end - start);
              completedAt.add(end);
            } else {
              refused.merge(status, 1L, Long::sum);
            }
          }
          finishedAt.add(Math.min(System.nanoTime(), deadline));
          return null;
        }));
      }
      for (Future<?> client : running) {
        client.get();
      }
    } finally {
      pool.shutdownNow();
    }
    List<Long> finishes = finishedAt.stream().sorted().toList();
    long windowEnd = finishes.get(clients / 2);
    long inWindow = completedAt.stream().filter(at -> at <= windowEnd).count();
    return new Outcome(clients, Latencies.of(new ArrayList<>(took), System.nanoTime() - began), inWindow,
        (windowEnd - began) / 1e9, took.size(), new TreeMap<>(refused));
  }
}
