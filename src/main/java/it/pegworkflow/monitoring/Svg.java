package it.pegworkflow.monitoring;

import java.util.Locale;

/** An SVG document being written: its text escaped, its numbers with a dot whatever the locale. */
final class Svg {

  private final StringBuilder out = new StringBuilder();

  Svg append(Object markup) {
    out.append(markup);
    return this;
  }

  /** A {@code text} element whose content comes from the data, escaped. */
  void text(double x, double y, String cssClass, String attributes, String content) {
    out.append(String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" %s>", cssClass, x, y, attributes))
        .append(escape(content)).append("</text>\n");
  }

  @Override
  public String toString() {
    return out.toString();
  }

  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&apos;");
        default -> escaped.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
      }
    }
    return escaped.toString();
  }
}
