package it.pegworkflow.objective;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The actual value of an indicator, as recorded at reporting time. */
public sealed interface Actual {

  record OnDate(LocalDate date) implements Actual {
    public OnDate {
      if (date == null) {
        throw new IllegalArgumentException("La data effettiva è obbligatoria");
      }
    }
  }

  /** A count, an amount or a percentage (expressed in percent: 95 means 95%). */
  record Amount(BigDecimal value) implements Actual {
    public Amount {
      if (value == null || value.signum() < 0) {
        throw new IllegalArgumentException("Il valore effettivo deve essere un numero non negativo");
      }
    }
  }

  record Fraction(BigDecimal numerator, BigDecimal denominator) implements Actual {
    public Fraction {
      if (numerator == null || denominator == null || denominator.signum() <= 0 || numerator.signum() < 0) {
        throw new IllegalArgumentException("Il rapporto effettivo richiede un denominatore positivo");
      }
    }
  }

  record Happened(boolean value) implements Actual {}

  /** The score given by hand, for targets kept for manual judgement. */
  record ManualScore(BigDecimal score) implements Actual {
    public ManualScore {
      if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException("Il punteggio deve essere tra 0 e 100");
      }
    }
  }
}
