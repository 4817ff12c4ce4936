package it.pegworkflow.platform;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A request refused as the caller's mistake, with the HTTP status and the Italian message the caller
 * reads. A {@link BadUserRequestException}, so the engine logs it at DEBUG, not as an ERROR.
 */
public class RefusedCommand extends BadUserRequestException {

  private final int status;

  public RefusedCommand(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** What the one INFO line of the log says before the message. */
  public String logLabel() {
    return "Richiesta rifiutata (" + status + ")";
  }

  /** The refusal somewhere in the chain of causes (the engine wraps what its listeners throw), or null. */
  public static RefusedCommand in(Throwable error) {
    for (Throwable t = error; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof RefusedCommand refused) {
        return refused;
      }
    }
    return null;
  }

  /** At most a few dozen characters of what a caller sent, for a message: never megabytes in an answer or a log. */
  public static String clip(Object sent) {
    String text = String.valueOf(sent);
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
