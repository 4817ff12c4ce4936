package it.pegworkflow.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** How long each of many calls took, and how many a second got through. */
final class Latencies {

  private final List<Long> nanos;
  private final long wallNanos;

  private Latencies(List<Long> nanos, long wallNanos) {
    this.nanos = new ArrayList<>(nanos);
    Collections.sort(this.nanos);
    this.wallNanos = wallNanos;
  }

  /** Runs {@code work} on every item with {@code clients} threads taking items from one queue. */
  static <T> Latencies run(int clients, List<T> items, Consumer<T> work) throws Exception {
    ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>(items);
    ConcurrentLinkedQueue<Long> took = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long began = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        running.add(pool.submit(() -> {
          for (T item = queue.poll(); item != null; item = queue.poll()) {
            long start = System.nanoTime();
            work.accept(item);
            took.add(System.nanoTime() - start);
          }
        }));
      }
      for (Future<?> client : running) {
        client.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return new Latencies(new ArrayList<>(took), System.nanoTime() - began);
  }

  /** Calls timed elsewhere: {@code nanos} each, {@code wallNanos} for all of them. */
  static Latencies of(List<Long> nanos, long wallNanos) {
    return new Latencies(nanos, wallNanos);
  }

  static Latencies repeat(int times, Runnable call) {
    List<Long> took = new ArrayList<>();
    long began = System.nanoTime();
    for (int i = 0; i < times; i++) {
      long start = System.nanoTime();
      call.run();
      took.add(System.nanoTime() - start);
    }
    return new Latencies(took, System.nanoTime() - began);
  }

  int count() {
    return nanos.size();
  }

  double throughput() {
    return nanos.size() / (wallNanos / 1e9);
  }

  /** The latency in milliseconds below which {@code percent} of the calls fell. */
  double percentile(int percent) {
    if (nanos.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(percent / 100.0 * nanos.size()) - 1;
    return nanos.get(Math.max(0, Math.min(index, nanos.size() - 1))) / 1e6;
  }
}
