package it.pegworkflow.sheet;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as Italians write them: {@code 2.500.000}, {@code 2.500,50}, {@code 30,00}. A dot
 * followed by exactly three digits groups thousands ({@code 2.500} is two thousand five hundred);
 * a dot followed by one, two or four and more digits ({@code 12.5}, {@code 3.14}) is taken as a
 * decimal point, since nobody groups thousands that way. The one reader of numbers people type, in
 * sheets and in tasks: no sign, no exponent, at most {@value #MAX_LENGTH} characters, so no text can
 * make a number too large to print or store.
 */
public final class ItalianNumbers {

  static final int MAX_LENGTH = 24;

  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
  private static final Pattern COMMA_DECIMAL = Pattern.compile("\\d+(,\\d+)?");
  private static final Pattern DOT_DECIMAL = Pattern.compile("\\d+\\.(\\d{1,2}|\\d{4,})");

  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("un", 1), Map.entry("uno", 1), Map.entry("una", 1),
      Map.entry("due", 2), Map.entry("tre", 3), Map.entry("quattro", 4), Map.entry("cinque", 5),
      Map.entry("sei", 6), Map.entry("sette", 7), Map.entry("otto", 8), Map.entry("nove", 9),
      Map.entry("dieci", 10), Map.entry("undici", 11), Map.entry("dodici", 12), Map.entry("quindici", 15),
      Map.entry("venti", 20), Map.entry("trenta", 30), Map.entry("quaranta", 40),
      Map.entry("cinquanta", 50), Map.entry("cento", 100), Map.entry("mille", 1000));

  private ItalianNumbers() {}

  /** The number written in {@code text} (digits only, no sign, no unit), if it is one. */
  public static Optional<BigDecimal> parse(String text) {
    String s = text == null ? "" : text.strip();
    if (s.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    if (GROUPED.matcher(s).matches()) {
      return Optional.of(new BigDecimal(s.replace(".", "").replace(',', '.')));
    }
    if (COMMA_DECIMAL.matcher(s).matches()) {
      return Optional.of(new BigDecimal(s.replace(',', '.')));
    }
    if (DOT_DECIMAL.matcher(s).matches()) {
      return Optional.of(new BigDecimal(s));
    }
    return Optional.empty();
  }

  /** Like {@link #parse}, also accepting a small number in words ({@code due}, {@code dieci}). */
  static Optional<BigDecimal> parseOrWord(String text) {
    String s = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    Integer word = WORDS.get(s);
    return word != null ? Optional.of(BigDecimal.valueOf(word)) : parse(s);
  }
}
