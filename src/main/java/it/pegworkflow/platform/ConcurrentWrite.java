package it.pegworkflow.platform;

import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;

/** Whether a failure comes from another transaction writing the same rows at the same time. */
public final class ConcurrentWrite {

  /** SQL state class 23: integrity constraint violation (a unique key taken meanwhile). */
  private static final String INTEGRITY_VIOLATION = "23";

  private ConcurrentWrite() {}

  public static boolean causes(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockingException) {
        return true;
      }
      if (t instanceof SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
          if (e.getSQLState() != null && e.getSQLState().startsWith(INTEGRITY_VIOLATION)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
