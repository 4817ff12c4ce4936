package it.pegworkflow.sheet;

import it.pegworkflow.italian.ItalianDates;
import it.pegworkflow.italian.ItalianNumbers;
import it.pegworkflow.objective.Person;
import it.pegworkflow.objective.PhaseWeights;
import it.pegworkflow.objective.Phase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One phase as read so far, turned into a {@link Phase} once its block is over. */
final class PhaseDraft {

  private final int number;
  private final int nameLine;
  private String name;
  private SheetLine data;
  private String note = "";

  PhaseDraft(int number, int nameLine, String name) {
    this.number = number;
    this.nameLine = nameLine;
    this.name = name;
  }

  void addName(String more) {
    name = (name + " " + more).strip();
  }

  void addNote(String more) {
    note = (note + " " + more).strip();
  }

  void setData(SheetLine line) {
    data = line;
  }

  /** The line of the phase's values (responsible, centre), or of its name when they are missing. */
  int line() {
    return data == null ? nameLine : data.number();
  }

  String context() {
    return Names.phase(number, name);
  }

  /**
   * The phase's weight for the weights' rule: empty when it has none, null when it has none that
   * can be read (its own error says so).
   */
  PhaseWeights.Weighted weighted() {
    if (data == null) {
      return null;
    }
    int first = data.cell(0).isEmpty() ? 1 : 0;
    String text = data.cell(first + 2);
    if (text.isEmpty()) {
      return new PhaseWeights.Weighted(number, name, Optional.empty());
    }
    Optional<BigDecimal> weight = ItalianNumbers.parse(text);
    return weight.isEmpty() ? null : new PhaseWeights.Weighted(number, name, weight);
  }

  /** The phase, or null after adding its errors. */
  Phase build(String unit, String department, List<SheetError> errors) {
    if (data == null) {
      errors.add(SheetError.at(nameLine, context(),
          "mancano la riga Inizio Previsto / Fine Prevista / Peso / Responsabile e quella con i valori"));
      return null;
    }
    int line = data.number();
    int first = data.cell(0).isEmpty() ? 1 : 0;
    int before = errors.size();
    LocalDate start = date(data.cell(first), "inizio previsto", errors);
    LocalDate end = date(data.cell(first + 1), "fine prevista", errors);
    Optional<BigDecimal> weight = weight(data.cell(first + 2), errors);
    String responsible = data.cell(first + 3);
    if (responsible.isEmpty()) {
      errors.add(SheetError.at(line, context(), "manca il responsabile"));
    }
    if (start != null && end != null && end.isBefore(start)) {
      errors.add(SheetError.at(line, context(), "la fine prevista " + data.cell(first + 1)
          + " è precedente all'inizio previsto " + data.cell(first)));
    }
    if (errors.size() > before) {
      return null;
    }
    try {
      String centre = resolveCentre(data.cell(first + 4), unit, department);
      return new Phase(number, name, start, end, weight, person(responsible), centre, note);
    } catch (IllegalArgumentException e) {
      errors.add(SheetError.at(line, context(), e.getMessage()));
      return null;
    }
  }

  private LocalDate date(String text, String what, List<SheetError> errors) {
    if (text.isEmpty()) {
      errors.add(SheetError.at(data.number(), context(), "manca la data di " + what));
      return null;
    }
    if (!ItalianDates.isWritten(text)) {
      errors.add(SheetError.at(data.number(), context(),
          "data di " + what + " «" + Names.shortened(text, 30) + "» non valida (serve gg/mm/aaaa)"));
      return null;
    }
    Optional<LocalDate> day = ItalianDates.parseWritten(text);
    if (day.isEmpty()) {
      errors.add(SheetError.at(data.number(), context(), "data «" + text + "» impossibile"));
    }
    return day.orElse(null);
  }

  private Optional<BigDecimal> weight(String text, List<SheetError> errors) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<BigDecimal> weight = ItalianNumbers.parse(text);
    if (weight.isEmpty()) {
      errors.add(SheetError.at(data.number(), context(),
          "il peso «" + Names.shortened(text, 30) + "» non è un numero"));
    }
    return weight;
  }

  /** {@code VERNA MARCO - P.O. INCLUSIONE SOCIALE}: the name, a dash, the role. */
  static Person person(String printed) {
    int dash = printed.indexOf(" - ");
    return dash < 0 ? Person.named(printed) : new Person(printed.substring(0, dash), printed.substring(dash + 3));
  }

  /**
   * An empty centre means the Servizio (the first of {@code names}). The print cuts the centre at 30
   * characters: when it is the start of the Servizio's or the Direzione's name, that full name is meant.
   */
  static String resolveCentre(String printed, String... names) {
    if (printed.isEmpty()) {
      return names[0];
    }
    String prefix = printed.toUpperCase(Locale.ROOT);
    for (String name : names) {
      if (name != null && name.toUpperCase(Locale.ROOT).startsWith(prefix)) {
        return name;
      }
    }
    return printed;
  }
}
