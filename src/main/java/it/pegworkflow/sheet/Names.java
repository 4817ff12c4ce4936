package it.pegworkflow.sheet;

/** How error messages name phases and quote text: short enough to read in a list of errors. */
final class Names {

  private Names() {}

  /** {@code text} cut at a word before {@code max} characters, with an ellipsis when cut. */
  static String shortened(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int space = text.lastIndexOf(' ', max);
    return text.substring(0, space > 0 ? space : max) + "…";
  }

  static String phase(int number, String name) {
    return "fase " + number + " «" + shortened(name, 20) + "»";
  }

  static String indicator(int number, String description) {
    return "indicatore " + number + " «" + shortened(description, 20) + "»";
  }
}
