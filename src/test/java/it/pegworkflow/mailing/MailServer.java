package it.pegworkflow.mailing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) on a port of its own, that can go down and come back on the same
 * port, as the city's relay would.
 */
public final class MailServer {

  /** A message as it arrived: recipient, subject, the plain text and the HTML, the outbox rows it carries. */
  public record Received(String to, String subject, String text, String html, String outbox) {}

  private final int port;
  private GreenMail server;

  public MailServer() {
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return port;
  }

  public synchronized MailServer start() {
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return this;
  }

  /** Down: the port refuses connections; what it had received is forgotten. */
  public synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  public synchronized void forget() {
    if (server != null) {
      server.reset();
    }
  }

  public synchronized List<Received> received() {
    if (server == null) {
      return List.of();
    }
    return Arrays.stream(server.getReceivedMessages()).map(MailServer::read).toList();
  }

  public List<Received> receivedBy(String address) {
    return received().stream().filter(r -> r.to().equals(address)).toList();
  }

  private static Received read(MimeMessage message) {
    try {
      String[] text = new String[2];
      parts(message, text);
      String[] outbox = message.getHeader("X-PEG-Outbox");
      return new Received(message.getRecipients(Message.RecipientType.TO)[0].toString().replaceAll(".*<(.*)>", "$1"),
          message.getSubject(), text[0], text[1], outbox == null ? null : outbox[0]);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void parts(Part part, String[] text) throws MessagingException, IOException {
    if (part.isMimeType("text/plain") && text[0] == null) {
      text[0] = (String) part.getContent();
    } else if (part.isMimeType("text/html") && text[1] == null) {
      text[1] = (String) part.getContent();
    } else if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        parts(body, text);
      }
    }
  }
}
