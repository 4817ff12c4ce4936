package it.pegworkflow.sheet;

import it.pegworkflow.objective.Actual;
import it.pegworkflow.objective.Target;
import it.pegworkflow.italian.ItalianDates;
import it.pegworkflow.italian.ItalianNumbers;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the actual value a Dirigente types for an indicator, in the kind its target asks for.
 * Numbers, percentages and ratios follow {@link ItalianNumbers} ({@code 2.500} is two thousand five
 * hundred, {@code 12,5} and {@code 12.5} are twelve and a half), dates {@link ItalianDates}.
 */
public final class ActualReader {

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
        case DATE -> ItalianDates.parse(s).map(Actual.OnDate::new);
        case NUMBER -> ItalianNumbers.parse(s).map(Actual.Amount::new);
        case PERCENTAGE -> ItalianNumbers.percentage(s).map(Actual.Amount::new);
        case RATIO -> ItalianNumbers.ratio(s).map(r -> new Actual.Fraction(r.numerator(), r.denominator()));
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

  private static Optional<Boolean> yesNo(String s) {
    String word = s.toLowerCase(Locale.ITALIAN);
    if (YES.contains(word)) {
      return Optional.of(true);
    }
    return NO.contains(word) ? Optional.of(false) : Optional.empty();
  }
}
