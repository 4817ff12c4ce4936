package it.pegworkflow.platform;

/**
 * Whether a login on this thread could not be checked because the directory did not answer. The
 * engine's password check can only say yes or no; this lets the request's filters answer 503
 * ("try again later") instead of 401 ("wrong password"), and keeps such a login out of the failed
 * ones that slow an address or an account down.
 */
public final class DirectoryOutage {

  private static final ThreadLocal<Boolean> NOTED = new ThreadLocal<>();

  private DirectoryOutage() {}

  static void note() {
    NOTED.set(Boolean.TRUE);
  }

  /** Whether a login of this request met the directory down. */
  public static boolean noted() {
    return Boolean.TRUE.equals(NOTED.get());
  }

  /** Forgets it: at the start and end of each request that may log someone in. */
  public static void clear() {
    NOTED.remove();
  }

  /** The answer's text, in Italian, for every way in. */
  public static final String TITLE = "Elenco del personale non raggiungibile";
  public static final String DETAIL = "L'elenco del personale del Comune (LDAP) non risponde: l'accesso con le credenziali "
      + "del Comune non è verificabile in questo momento. Riprovare fra qualche minuto";
  /** Seconds a client is asked to wait. */
  public static final int RETRY_AFTER = 30;
}
