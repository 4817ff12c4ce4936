package it.pegworkflow.objective;

import java.math.BigDecimal;
import java.util.List;

/** One PEG objective as printed in its sheet. */
public record Objective(
    String code,
    String title,
    Organisation organisation,
    String description,
    List<Phase> phases,
    List<Indicator> indicators) {

  public Objective {
    if (code == null || !code.matches("\\d{4}_[A-Za-z0-9]+")) {
      throw new IllegalArgumentException("Codice obiettivo non valido: " + code);
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("L'obiettivo " + code + " non ha un titolo");
    }
    if (organisation == null) {
      throw new IllegalArgumentException("L'obiettivo " + code + " non ha un'organizzazione");
    }
    if (phases == null || phases.isEmpty()) {
      throw new IllegalArgumentException("L'obiettivo " + code + " non ha fasi");
    }
    phases = List.copyOf(phases);
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
    description = description == null ? "" : description.strip();
    PhaseWeights.check(phases);
  }

  /** The year is the first part of the code: {@code 2017_ZN02} belongs to 2017. */
  public int year() {
    return yearOf(code);
  }

  public static int yearOf(String code) {
    return Integer.parseInt(code.substring(0, 4));
  }

  /** The weight a phase counts with: its Peso, or an equal share when the sheet prints none. */
  public BigDecimal weightOf(Phase phase) {
    return PhaseWeights.effective(phases, phase);
  }
}
