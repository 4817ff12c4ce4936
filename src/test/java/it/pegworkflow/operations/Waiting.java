package it.pegworkflow.operations;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for what servers and job executors do in their own time. */
final class Waiting {

  private Waiting() {}

  static void until(Duration limit, BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not done within " + limit);
      }
      Thread.sleep(250);
    }
  }
}
