package it.pegworkflow.sheet;

import it.pegworkflow.italian.ItalianDates;
import it.pegworkflow.italian.ItalianNumbers;
import it.pegworkflow.objective.Target;
import it.pegworkflow.objective.Target.Comparison;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Italian "Valore Atteso" of an indicator into a {@link Target}, following the table in
 * DOMAIN.md. What no rule reads becomes {@link Target.Manual}: this class never throws.
 */
public final class TargetReader {

  private static final Set<String> NONE = Set.of("", "-", "–", "—", "n.d.", "n.d", "nd", "n/d");
  private static final Pattern ENTRO = Pattern.compile("^entro\\s+(?:il\\s+|la\\s+fine\\s+di\\s+|fine\\s+)?");
  /**
   * A target ratio is two whole numbers ({@code 2/4}), as sheets have always been read: indicators
   * imported earlier get their stored target from this reader (StoredTargetsBackfill), so it must
   * read their words as their value kind was read then.
   */
  private static final Pattern WHOLE_RATIO = Pattern.compile("\\d+\\s*/\\s*\\d+");
  /** Without «entro», {@code 2/4} is a ratio, not the second of April. */
  private static final Pattern YEARLESS_NUMERIC_DATE = Pattern.compile("\\d{1,2}[/.\\-]\\d{1,2}");
  private static final Pattern MONTH_YEAR = Pattern.compile("([a-z]+)(?: (\\d{4}))?");
  private static final Pattern AMOUNT = Pattern.compile("(\\S+?)\\s*(%?)");
  private static final Pattern PREPOSITION = Pattern.compile("^(?:pari\\s+)?(?:a|ad|al|alla|di|del|il)\\s+");

  /** Longer phrases first, so that "non superiore" is not read as "superiore". */
  private static final List<Map.Entry<String, Comparison>> COMPARISONS = List.of(
      Map.entry("maggiore o uguale", Comparison.AT_LEAST),
      Map.entry("minore o uguale", Comparison.AT_MOST),
      Map.entry("non inferiore", Comparison.AT_LEAST),
      Map.entry("non superiore", Comparison.AT_MOST),
      Map.entry("non meno di", Comparison.AT_LEAST),
      Map.entry("non più di", Comparison.AT_MOST),
      Map.entry("al massimo", Comparison.AT_MOST),
      Map.entry("almeno", Comparison.AT_LEAST),
      Map.entry("maggiore", Comparison.GREATER_THAN),
      Map.entry("superiore", Comparison.GREATER_THAN),
      Map.entry("minore", Comparison.LESS_THAN),
      Map.entry("inferiore", Comparison.LESS_THAN),
      Map.entry(">=", Comparison.AT_LEAST),
      Map.entry("≥", Comparison.AT_LEAST),
      Map.entry("<=", Comparison.AT_MOST),
      Map.entry("≤", Comparison.AT_MOST),
      Map.entry(">", Comparison.GREATER_THAN),
      Map.entry("<", Comparison.LESS_THAN));

  private TargetReader() {}

  /** The target written in {@code expectedValue}; a date without year falls in {@code year}. */
  public static Target read(String expectedValue, int year) {
    try {
      return readNormalised(normalise(expectedValue), year);
    } catch (RuntimeException unreadable) {
      return new Target.Manual(false);
    }
  }

  private static String normalise(String text) {
    String s = text == null ? "" : text.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
    return s.toLowerCase(Locale.ITALIAN);
  }

  private static Target readNormalised(String s, int year) {
    if (NONE.contains(s)) {
      return new Target.Manual(true);
    }
    if (Set.of("si", "sì", "sí", "si'").contains(s)) {
      return new Target.YesNo(true);
    }
    if (s.equals("no")) {
      return new Target.YesNo(false);
    }
    Optional<LocalDate> deadline = deadline(s, year);
    if (deadline.isPresent()) {
      return new Target.Deadline(deadline.get());
    }
    Optional<ItalianNumbers.Ratio> ratio = WHOLE_RATIO.matcher(s).matches() ? ItalianNumbers.ratio(s) : Optional.empty();
    if (ratio.isPresent()) {
      return new Target.Ratio(ratio.get().numerator(), ratio.get().denominator());
    }
    for (Map.Entry<String, Comparison> phrase : COMPARISONS) {
      if (s.startsWith(phrase.getKey())) {
        String rest = PREPOSITION.matcher(s.substring(phrase.getKey().length()).strip()).replaceFirst("");
        return threshold(phrase.getValue(), rest);
      }
    }
    return threshold(Comparison.AT_LEAST, s);
  }

  private static Target threshold(Comparison comparison, String text) {
    Matcher amount = AMOUNT.matcher(text);
    if (!amount.matches()) {
      return new Target.Manual(false);
    }
    boolean percentage = !amount.group(2).isEmpty();
    return ItalianNumbers.parseOrWord(amount.group(1))
        .<Target>map(value -> new Target.Threshold(comparison, value, percentage))
        .orElseGet(() -> new Target.Manual(false));
  }

  private static Optional<LocalDate> deadline(String s, int year) {
    Matcher entro = ENTRO.matcher(s);
    boolean withEntro = entro.find();
    String rest = withEntro ? s.substring(entro.end()).replaceAll("\\.$", "") : s;
    if (withEntro || !YEARLESS_NUMERIC_DATE.matcher(rest).matches()) {
      Optional<LocalDate> day = ItalianDates.parseInText(rest, year);
      if (day.isPresent()) {
        return day;
      }
    }
    Matcher monthYear = MONTH_YEAR.matcher(rest);
    OptionalInt month = monthYear.matches() ? ItalianDates.month(monthYear.group(1)) : OptionalInt.empty();
    if (withEntro && month.isPresent()) {
      int y = monthYear.group(2) == null ? year : number(monthYear.group(2));
      return Optional.of(YearMonth.of(y, month.getAsInt()).atEndOfMonth());
    }
    return Optional.empty();
  }

  private static int number(String digits) {
    return Integer.parseInt(digits);
  }
}
