package it.pegworkflow.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Engine errors that are the caller's mistake or bad luck, not a server failure: each becomes a 4xx
 * with an Italian message (and one log line) instead of Camunda's 500 with a stack trace.
 */
public final class UserMistakes {

  private static final Pattern MESSAGE_NAME = Pattern.compile("Cannot correlate (?:a )?message '([^']*)'");

  /** The last refused error the engine's log line was replaced for, on this thread (see {@link #alreadyLogged}). */
  private static final ThreadLocal<Throwable> LOGGED = new ThreadLocal<>();

  private UserMistakes() {}

  /** {@code error} has had its one log line (the engine logged it, and our filter rewrote the line). */
  public static void logged(Throwable error) {
    LOGGED.set(error);
  }

  /** Whether {@code error} (or one of its causes) already had its log line on this thread; forgets it. */
  public static boolean alreadyLogged(Throwable error) {
    Throwable logged = LOGGED.get();
    LOGGED.remove();
    for (Throwable t = error; logged != null && t != null && t != t.getCause(); t = t.getCause()) {
      if (t == logged) {
        return true;
      }
    }
    return false;
  }

  /** Another request changed the same task (or instance) first. */
  public static RefusedCommand concurrentChange() {
    return new RefusedCommand(409,
        "Il compito è stato appena modificato da un'altra richiesta: ricaricare la pagina e riprovare");
  }

  /** What to answer for {@code error}, or null when it is a real failure. */
  public static RefusedCommand in(Throwable error) {
    RefusedCommand refused = RefusedCommand.in(error);
    if (refused != null) {
      return refused;
    }
    for (Throwable t = error; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof AuthorizationException missing) {
        return notAllowed(missing);
      }
      // Two requests writing the same rows: the engine's optimistic locking, or a key the other
      // one took first (a slot's first value inserts its history instance, HistoryWithoutCopies).
      if (t instanceof OptimisticLockingException || ConcurrentWrite.causes(t)) {
        return concurrentChange();
      }
      if (t instanceof MismatchingMessageCorrelationException) {
        Matcher name = MESSAGE_NAME.matcher(String.valueOf(t.getMessage()));
        return new RefusedCommand(400, "Nessun processo attende il messaggio «"
            + RefusedCommand.clip(name.find() ? name.group(1) : "") + "»");
      }
      if (unreadable(t)) {
        return new RefusedCommand(400, "Valore non leggibile: il testo non corrisponde al tipo dichiarato, o il tipo non è ammesso");
      }
    }
    return null;
  }

  /**
   * A person without the right (a Dirigente who follows his objectives read-only and presses a button
   * of Cockpit, a responsible who removes his phase's deadline in Tasklist): Camunda's message is
   * English, and names the permission in its own words; ours says it in Italian.
   */
  public static RefusedCommand notAllowed(AuthorizationException missing) {
    var permissions = missing.getMissingAuthorizations().stream()
        .map(m -> m.getViolatedPermissionName()).distinct().toList();
    return new RefusedCommand(403, "Operazione non consentita: «" + RefusedCommand.clip(missing.getUserId())
        + "» non ha i permessi per farla" + (permissions.isEmpty() ? "" : " (" + (permissions.size() == 1 ? "serve "
        : "serve uno tra ") + String.join(", ", permissions) + ")") + ". Consultare un obiettivo è sempre possibile; "
        + "per cambiarlo rivolgersi al controllo di gestione.");
  }

  /** Spin's and Jackson's parse errors: a Json or Object value whose text is not what its type says. */
  private static boolean unreadable(Throwable t) {
    String type = t.getClass().getName();
    return type.startsWith("org.camunda.spin.") || type.startsWith("com.fasterxml.jackson.core.JsonParseException")
        || type.startsWith("com.fasterxml.jackson.databind.exc.");
  }
}
