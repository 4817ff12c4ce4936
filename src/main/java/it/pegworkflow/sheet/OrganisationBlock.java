package it.pegworkflow.sheet;

import it.pegworkflow.objective.Organisation;
import it.pegworkflow.objective.Person;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows {@code Direzione | ... | Direttore | ... | Classificazione | ...} and
 * {@code Servizio | ... | Dirigente | ... | Tipologia | ...}: labels followed by their values.
 */
final class OrganisationBlock {

  private static final List<String> LABELS =
      List.of("Direzione", "Direttore", "Servizio", "Dirigente", "Classificazione", "Tipologia");

  private final Map<String, String> values = new HashMap<>();
  private final Map<String, Integer> lines = new HashMap<>();

  static boolean opens(SheetLine line) {
    String first = line.cell(0);
    return line.cells().size() > 1 && (first.equalsIgnoreCase("Direzione") || first.equalsIgnoreCase("Servizio"));
  }

  /** Reads the labelled values; false when a label was already read, i.e. a second header block. */
  boolean read(SheetLine line) {
    boolean repeated = false;
    for (int i = 0; i < line.cells().size(); i++) {
      String label = label(line.cell(i));
      if (label != null) {
        repeated |= values.containsKey(label);
        String value = label(line.cell(i + 1)) == null ? line.cell(i + 1) : "";
        values.put(label, value);
        lines.put(label, line.number());
        i += value.isEmpty() ? 0 : 1;
      }
    }
    return !repeated;
  }

  String department() {
    return values.getOrDefault("Direzione", "");
  }

  String unit() {
    return values.getOrDefault("Servizio", "");
  }

  /** The line where {@code label} was printed, or {@code otherwise}. */
  int lineOf(String label, int otherwise) {
    return lines.getOrDefault(label, otherwise);
  }

  /** The organisation, or null after adding an error for each missing field. */
  Organisation build(int headerLine, String code, List<SheetError> errors) {
    String context = "obiettivo " + code;
    int before = errors.size();
    require("Direzione", "manca la Direzione", headerLine, context, errors);
    require("Servizio", "manca il Servizio", headerLine, context, errors);
    require("Dirigente", "manca il Dirigente", lines.getOrDefault("Servizio", headerLine), context, errors);
    if (errors.size() > before) {
      return null;
    }
    String director = values.getOrDefault("Direttore", "");
    try {
      return new Organisation(department(), director.isEmpty() ? null : Person.named(director), unit(),
          Person.named(values.get("Dirigente")), values.get("Classificazione"), values.get("Tipologia"));
    } catch (IllegalArgumentException e) {
      errors.add(SheetError.at(lines.getOrDefault("Direzione", headerLine), context, e.getMessage()));
      return null;
    }
  }

  private void require(String label, String problem, int line, String context, List<SheetError> errors) {
    if (values.getOrDefault(label, "").isEmpty()) {
      errors.add(SheetError.at(lines.getOrDefault(label, line), context, problem));
    }
  }

  private static String label(String cell) {
    return LABELS.stream().filter(l -> l.equalsIgnoreCase(cell)).findFirst().orElse(null);
  }
}
