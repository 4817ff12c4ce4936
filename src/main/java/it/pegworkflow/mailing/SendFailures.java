package it.pegworkflow.mailing;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;

/** What a failed send says: the relay as a whole, or one message; and why, on one line. */
final class SendFailures {

  private SendFailures() {}

  /**
   * A failure of the connection or the login, not of one message: no other message would pass
   * either. Spring's sender gives a cause only when it could not connect; a message the relay
   * refused alone comes without.
   */
  static boolean serverUnreachable(MailException e) {
    return e instanceof MailAuthenticationException || e.getCause() != null;
  }

  /** The innermost cause, on one line: «java.net.ConnectException: Connection refused». */
  static String reason(Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.toString().replaceAll("\\s+", " ");
  }
}
