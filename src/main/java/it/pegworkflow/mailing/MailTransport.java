package it.pegworkflow.mailing;

import it.pegworkflow.mail.Letter;

/** Where letters go: the city's SMTP relay, or, with none configured, the log. */
interface MailTransport {

  /** Sends one letter; a {@link org.springframework.mail.MailException} when it could not. */
  void send(String address, String recipientName, Letter letter, String reference);

  /** For the log: where letters go. */
  String describe();
}
