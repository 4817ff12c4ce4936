package it.pegworkflow.sheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the bytes of a sheet into lines. Sheets come as UTF-8 (with or without BOM) or, when
 * saved by older Windows tools, as Windows-1252: bytes that are not valid UTF-8 are read as the
 * latter. Notepad's "Unicode" (UTF-16 with its BOM) is read too. The platform locale plays no part.
 */
final class SheetText {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** More control characters than this share means a binary file, not a sheet. */
  private static final double MAX_CONTROL_SHARE = 0.05;

  private SheetText() {}

  static List<String> lines(byte[] content) {
    if (content == null || content.length == 0) {
      throw SheetException.of("Il file è vuoto");
    }
    Charset utf16 = utf16ByBom(content);
    String text = utf16 != null ? new String(content, utf16) : decode(withoutNulBytes(content));
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw SheetException.of("Il file è vuoto");
    }
    long control = text.chars().filter(SheetText::isControl).count();
    if (control > text.length() * MAX_CONTROL_SHARE) {
      throw SheetException.of(
          "Il file non è un testo: contiene " + control + " caratteri di controllo su " + text.length());
    }
    return List.of(text.split("\r\n|\r|\n", -1));
  }

  private static byte[] withoutNulBytes(byte[] content) {
    for (byte b : content) {
      if (b == 0) {
        throw SheetException.of(
            "Il file non è un testo: contiene byte nulli (forse è un PDF, un'immagine o un foglio Excel)");
      }
    }
    return content;
  }

  private static Charset utf16ByBom(byte[] content) {
    if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static String decode(byte[] content) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(content, WINDOWS_1252);
    }
  }

  private static boolean isControl(int c) {
    boolean layout = c == '\t' || c == '\n' || c == '\r' || c == '\f';
    return (c < 0x20 && !layout) || (c >= 0x7F && c <= 0x9F) || c == 0xFFFD;
  }
}
