package it.pegworkflow.sheet;

import it.pegworkflow.objective.Actual;
import it.pegworkflow.objective.Target;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the actual value a Dirigente types for an indicator, in the kind its target asks for.
 * Numbers follow {@link ItalianNumbers}: {@code 2.500} is two thousand five hundred, {@code 12,5}
 * and {@code 12.5} are twelve and a half.
 */
public final class ActualReader {

  private static final Pattern ITALIAN_DATE = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
  private static final Pattern PERCENT = Pattern.compile("(.+?)\\s*%?");
  private static final Pattern RATIO = Pattern.compile("(\\S+)\\s*(?:/|\\s+su\\s+)\\s*(\\S+)");
  private static final Set<String> YES = Set.of("si", "sì", "sí", "si'", "true", "vero");
  private static final Set<String> NO = Set.of("no", "false", "falso");

  private ActualReader() {}

  /** @throws IllegalArgumentException, in Italian with what was expected, when the text does not fit */
  public static Actual read(String text, Target target) {
    if (target == null) {
      throw new IllegalArgumentException("Manca il valore atteso dell'indicatore");
    }
    String s = text == null ? "" : text.replace('\u00A0', ' ').strip();
    Target.ValueKind kind = target.valueKind();
    try {
      Optional<Actual> actual = switch (kind) {
        case DATE -> date(s).map(Actual.OnDate::new);
        case NUMBER -> ItalianNumbers.parse(s).map(Actual.Amount::new);
        case PERCENTAGE -> percentage(s).map(Actual.Amount::new);
        case RATIO -> ratio(s);
        case YES_NO -> yesNo(s).map(Actual.Happened::new);
        case SCORE -> ItalianNumbers.parse(s).map(Actual.ManualScore::new);
      };
      if (actual.isPresent()) {
        return actual.get();
      }
    } catch (IllegalArgumentException | DateTimeException outOfRange) {
      // a well-formed value the domain refuses (31/02, 5/0, a score of 150): same answer below
    }
    String quoted = s.length() <= 40 ? s : s.substring(0, 40) + "…";
    throw new IllegalArgumentException("Valore «" + quoted + "» non valido: serve " + kind.hint());
  }

  private static Optional<LocalDate> date(String s) {
    Matcher italian = ITALIAN_DATE.matcher(s);
    if (italian.matches()) {
      return Optional.of(LocalDate.of(Integer.parseInt(italian.group(3)),
          Integer.parseInt(italian.group(2)), Integer.parseInt(italian.group(1))));
    }
    Matcher iso = ISO_DATE.matcher(s);
    if (iso.matches()) {
      return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)),
          Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))));
    }
    return Optional.empty();
  }

  private static Optional<BigDecimal> percentage(String s) {
    Matcher m = PERCENT.matcher(s);
    return m.matches() ? ItalianNumbers.parse(m.group(1)) : Optional.empty();
  }

  private static Optional<Actual> ratio(String s) {
    Matcher m = RATIO.matcher(s.toLowerCase(Locale.ITALIAN));
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<BigDecimal> numerator = ItalianNumbers.parse(m.group(1));
    Optional<BigDecimal> denominator = ItalianNumbers.parse(m.group(2));
    if (numerator.isEmpty() || denominator.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Actual.Fraction(numerator.get(), denominator.get()));
  }

  private static Optional<Boolean> yesNo(String s) {
    String word = s.toLowerCase(Locale.ITALIAN);
    if (YES.contains(word)) {
      return Optional.of(true);
    }
    return NO.contains(word) ? Optional.of(false) : Optional.empty();
  }
}
