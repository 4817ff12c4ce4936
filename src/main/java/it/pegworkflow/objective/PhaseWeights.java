package it.pegworkflow.objective;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rule on the phases' Peso: either every phase has one and they add up to 100 (within 0.01),
 * or none has one and they weigh equally.
 */
public final class PhaseWeights {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  static final BigDecimal TOLERANCE = new BigDecimal("0.01");

  private PhaseWeights() {}

  /** The Italian message for weights that break the rule, or null when they are right. */
  /** A phase as far as its weight goes: enough to check a sheet whose phases have other errors. */
  public record Weighted(int number, String name, Optional<BigDecimal> weight) {}

  public static String problem(List<Phase> phases) {
    return problemOf(phases.stream().map(p -> new Weighted(p.number(), p.name(), p.weight())).toList());
  }

  /** The same rule, on the weights alone. */
  public static String problemOf(List<Weighted> phases) {
    long weighted = phases.stream().filter(p -> p.weight().isPresent()).count();
    if (weighted == 0) {
      return null;
    }
    if (weighted < phases.size()) {
      String missing = phases.stream().filter(p -> p.weight().isEmpty())
          .map(p -> "fase " + p.number()).collect(Collectors.joining(", "));
      return "Il peso manca in: " + missing + " (o tutte le fasi hanno un peso o nessuna)";
    }
    BigDecimal sum = phases.stream().map(p -> p.weight().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.subtract(HUNDRED).abs().compareTo(TOLERANCE) > 0) {
      String listed = phases.stream()
          .map(p -> "fase " + p.number() + " «" + p.name() + "» " + p.weight().orElseThrow().toPlainString())
          .collect(Collectors.joining(", "));
      return "I pesi delle fasi sommano a " + sum.toPlainString() + " invece di 100: " + listed;
    }
    return null;
  }

  static void check(List<Phase> phases) {
    String problem = problem(phases);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  static BigDecimal effective(List<Phase> phases, Phase phase) {
    return phase.weight().orElseGet(() -> equalShare(phases.size()));
  }

  /** What each of {@code phases} phases weighs when the sheet prints no weight. */
  public static BigDecimal equalShare(int phases) {
    return HUNDRED.divide(BigDecimal.valueOf(phases), MathContext.DECIMAL64);
  }
}
