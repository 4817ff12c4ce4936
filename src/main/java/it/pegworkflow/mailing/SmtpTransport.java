package it.pegworkflow.mailing;

import it.pegworkflow.mail.Letter;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** The SMTP relay of {@code spring.mail.*}: plain text and HTML in one message. */
class SmtpTransport implements MailTransport {

  private final JavaMailSenderImpl sender;
  private final String from;

  SmtpTransport(JavaMailSenderImpl sender, String from) {
    this.sender = sender;
    this.from = from;
  }

  @Override
  public void send(String address, String recipientName, Letter letter, String reference) {
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(new InternetAddress(address, recipientName, StandardCharsets.UTF_8.name()));
      helper.setSubject(letter.subject());
      helper.setText(letter.text(), letter.html());
      // which outbox rows this message carries: a relay's log or a mailbox can be matched to ours
      message.setHeader("X-PEG-Outbox", reference);
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new MailPreparationException("Cannot compose the message to " + address, e);
    }
    sender.send(message);
  }

  @Override
  public String describe() {
    return "SMTP " + sender.getHost() + ":" + (sender.getPort() > 0 ? sender.getPort() : 25);
  }
}
