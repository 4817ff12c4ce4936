package it.pegworkflow.mail;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How often a person wants e-mail. */
public enum Frequency {
  /** Each notice as it comes. */
  IMMEDIATE("ogni avviso subito"),
  /** One e-mail a day with everything since the last one (the default). */
  DAILY_DIGEST("un riepilogo al giorno"),
  /** No e-mail at all: Tasklist only. */
  NONE("nessuna e-mail");

  private final String meaning;

  Frequency(String meaning) {
    this.meaning = meaning;
  }

  /** The value of a request or a setting; anything else is refused with the values allowed, in Italian. */
  public static Frequency parse(String value) {
    for (Frequency frequency : values()) {
      if (frequency.name().equals(value)) {
        return frequency;
      }
    }
    String shown = value == null ? "nessun valore" : "«" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "»";
    throw new IllegalArgumentException("Frequenza delle e-mail non valida: " + shown + ". Valori ammessi: "
        + Arrays.stream(values()).map(f -> f.name() + " (" + f.meaning + ")").collect(Collectors.joining(", ")));
  }
}
