package it.pegworkflow.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * What a person may send as a comment on a task ({@code {"message": "…"}}, and the
 * {@code processInstanceId} Tasklist adds when configured to): a text of 1 to 4,000 characters
 * without control characters other than line breaks and tabs. Anything else is refused with an
 * Italian sentence saying what is wrong; the comment is then not kept.
 */
record CommentText(String message) {

  static final int MAX_CHARACTERS = 4000;
  private static final Set<String> FIELDS = Set.of("message", "processInstanceId");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A refused comment: the sentence the person reads. */
  static final class Refused extends Exception {
    Refused(String message) {
      super(message, null, false, false);
    }
  }

  /** The comment in {@code body}, meant for a task of {@code processInstanceId} (null: a task without process). */
  static CommentText of(byte[] body, String processInstanceId) throws Refused {
    JsonNode json;
    try {
      json = JSON.readTree(body);
    } catch (IOException e) {
      json = null;
    }
    if (json == null || !json.isObject()) {
      throw new Refused("Commento: si invia un oggetto JSON come {\"message\": \"…\"}");
    }
    for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new Refused("Commento: il campo «" + name + "» non è previsto (si invia solo message)");
      }
    }
    JsonNode instance = json.path("processInstanceId");
    if (!instance.isMissingNode() && !instance.isNull() && !instance.asText().equals(processInstanceId)) {
      throw new Refused("Commento: processInstanceId «" + shortened(instance.asText()) + "» non è l'obiettivo del compito");
    }
    JsonNode message = json.path("message");
    if (!message.isMissingNode() && !message.isNull() && !message.isTextual()) {
      throw new Refused("Commento (message): deve essere un testo");
    }
    String text = message.isTextual() ? message.asText() : "";
    if (text.isBlank()) {
      throw new Refused("Commento: il testo è vuoto");
    }
    if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      throw new Refused("Commento: contiene caratteri di controllo");
    }
    int characters = text.codePointCount(0, text.length());
    if (characters > MAX_CHARACTERS) {
      throw new Refused(String.format(Locale.ITALY, "Commento: al massimo %,d caratteri (ne ha %,d)", MAX_CHARACTERS, characters));
    }
    return new CommentText(text);
  }

  private static String shortened(String text) {
    return text.length() > 64 ? text.substring(0, 64) + "…" : text;
  }
}
