package it.pegworkflow.italian;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as Italians write them: {@code 2.500.000}, {@code 2.500,50}, {@code 30,00}. A dot
 * followed by exactly three digits groups thousands ({@code 2.500} is two thousand five hundred);
 * a dot followed by one, two or four and more digits ({@code 12.5}, {@code 3.14}) is taken as a
 * decimal point, since nobody groups thousands that way. The one reader of numbers people type, in
 * sheets and in tasks: no sign, no exponent, at most {@value #MAX_LENGTH} characters, so no text can
 * make a number too large to print or store. Percentages ({@code 95%}) and ratios ({@code 3/5},
 * {@code 3 su 5}) are made of such numbers; {@link #decimal} and {@link #percent} write them back.
 */
public final class ItalianNumbers {

  public static final int MAX_LENGTH = 24;

  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
  private static final Pattern COMMA_DECIMAL = Pattern.compile("\\d+(,\\d+)?");
  private static final Pattern DOT_DECIMAL = Pattern.compile("\\d+\\.(\\d{1,2}|\\d{4,})");
  private static final Pattern PERCENT = Pattern.compile("(.+?)\\s*%?");
  private static final Pattern RATIO = Pattern.compile("(\\S+)\\s*(?:/|\\s+su\\s+)\\s*(\\S+)");

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
  public static Optional<BigDecimal> parseOrWord(String text) {
    String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    Integer word = WORDS.get(s);
    return word != null ? Optional.of(BigDecimal.valueOf(word)) : parse(s);
  }

  /** A percentage in percent ({@code 95%}, {@code 95 %}, {@code 12,5}: 95, 95, 12.5), if it is one. */
  public static Optional<BigDecimal> percentage(String text) {
    Matcher m = PERCENT.matcher(text == null ? "" : text.strip());
    return m.matches() ? parse(m.group(1)) : Optional.empty();
  }

  /**
   * A ratio as {@code 3/5} or {@code 3 su 5}, both parts numbers of this class; whether the
   * denominator may be zero is the caller's rule.
   */
  public static Optional<Ratio> ratio(String text) {
    Matcher m = RATIO.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ITALIAN));
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<BigDecimal> numerator = parse(m.group(1));
    Optional<BigDecimal> denominator = parse(m.group(2));
    return numerator.isPresent() && denominator.isPresent()
        ? Optional.of(new Ratio(numerator.get(), denominator.get()))
        : Optional.empty();
  }

  /** Two decimals with a comma, as the reports print scores: {@code 78,50}; empty for no number. */
  public static String decimal(BigDecimal number) {
    return number == null ? "" : number.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
  }

  /** A percentage without useless decimals: {@code 80%}, {@code 12,5%}; empty for no number. */
  public static String percent(BigDecimal number) {
    if (number == null) {
      return "";
    }
    BigDecimal plain = number.stripTrailingZeros();
    return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString().replace('.', ',') + "%";
  }

  /** The two numbers of a ratio as written. */
  public record Ratio(BigDecimal numerator, BigDecimal denominator) {}
}
