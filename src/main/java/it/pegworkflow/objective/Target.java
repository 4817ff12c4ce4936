package it.pegworkflow.objective;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/**
 * The target of an indicator, read from the Italian text of the sheet's "Valore Atteso". A target
 * that cannot be read is {@link Manual}: kept for judgement by hand, never an error.
 */
public sealed interface Target {

  /** What the Dirigente enters as the actual value of an indicator with this target. */
  ValueKind valueKind();

  /** The actual date must not be later than {@code date}. */
  record Deadline(LocalDate date) implements Target {
    public Deadline {
      if (date == null) {
        throw new IllegalArgumentException("La scadenza richiede una data");
      }
    }

    @Override
    public ValueKind valueKind() {
      return ValueKind.DATE;
    }
  }

  /** The actual number (or percentage) compared to {@code value}. */
  record Threshold(Comparison comparison, BigDecimal value, boolean percentage) implements Target {
    public Threshold {
      if (comparison == null || value == null) {
        throw new IllegalArgumentException("La soglia richiede un confronto e un valore");
      }
      if (value.signum() < 0) {
        throw new IllegalArgumentException("La soglia non può essere negativa");
      }
    }

    public static Threshold atLeast(BigDecimal value) {
      return new Threshold(Comparison.AT_LEAST, value, false);
    }

    public static Threshold percentAtLeast(BigDecimal value) {
      return new Threshold(Comparison.AT_LEAST, value, true);
    }

    /** A decreasing indicator: the lower the actual value, the better. */
    public boolean decreasing() {
      return comparison == Comparison.LESS_THAN || comparison == Comparison.AT_MOST;
    }

    @Override
    public ValueKind valueKind() {
      return percentage ? ValueKind.PERCENTAGE : ValueKind.NUMBER;
    }
  }

  /** The actual ratio (e.g. projects admitted of projects presented) must reach this one. */
  record Ratio(BigDecimal numerator, BigDecimal denominator) implements Target {
    public Ratio {
      if (numerator == null || denominator == null || denominator.signum() <= 0 || numerator.signum() < 0) {
        throw new IllegalArgumentException("Il rapporto richiede un numeratore e un denominatore positivo");
      }
    }

    public BigDecimal value() {
      return numerator.divide(denominator, MathContext.DECIMAL64);
    }

    @Override
    public ValueKind valueKind() {
      return ValueKind.RATIO;
    }
  }

  /** The fact happened ({@code SI}) or did not ({@code NO}). */
  record YesNo(boolean expected) implements Target {
    @Override
    public ValueKind valueKind() {
      return ValueKind.YES_NO;
    }
  }

  /** No target, or one no rule reads: the reporting manager gives the score by hand. */
  record Manual(boolean empty) implements Target {
    @Override
    public ValueKind valueKind() {
      return ValueKind.SCORE;
    }
  }

  enum Comparison {
    GREATER_THAN, AT_LEAST, LESS_THAN, AT_MOST;

    public boolean holds(BigDecimal actual, BigDecimal target) {
      int c = actual.compareTo(target);
      return switch (this) {
        case GREATER_THAN -> c > 0;
        case AT_LEAST -> c >= 0;
        case LESS_THAN -> c < 0;
        case AT_MOST -> c <= 0;
      };
    }
  }

  /** The kinds of actual value, each with the Italian hint shown to whoever records it. */
  enum ValueKind {
    DATE("una data (gg/mm/aaaa)"),
    NUMBER("un numero"),
    PERCENTAGE("una percentuale (es. 95%)"),
    RATIO("un rapporto (es. 3/5)"),
    YES_NO("SI oppure NO"),
    SCORE("un punteggio da 0 a 100");

    private final String hint;

    ValueKind(String hint) {
      this.hint = hint;
    }

    public String hint() {
      return hint;
    }
  }
}
