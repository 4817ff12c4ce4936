package it.pegworkflow.mailing;

import it.pegworkflow.mail.Letter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No SMTP server configured ({@code spring.mail.host}): every letter is written to the log, whole,
 * instead of sent. The demo's way of showing what people would be told (docs/mail.md).
 */
class LogTransport implements MailTransport {

  private static final Logger LOG = LoggerFactory.getLogger(LogTransport.class);

  @Override
  public void send(String address, String recipientName, Letter letter, String reference) {
    LOG.info("E-mail not sent (no SMTP server: spring.mail.host is not set), outbox {}:\nTo: {} <{}>\nSubject: {}\n\n{}",
        reference, recipientName, address, letter.subject(), letter.text());
  }

  @Override
  public String describe() {
    return "the log (no SMTP server: spring.mail.host is not set)";
  }
}
