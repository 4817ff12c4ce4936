package it.pegworkflow.directory;

/** The directory did not answer (down, unreachable, too slow) or refused the service account. */
public class DirectoryUnavailable extends RuntimeException {

  public DirectoryUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
