package it.pegworkflow.sheet;

import it.pegworkflow.objective.Objective;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a PEG sheet, as exported to text from the municipality's software, into its objectives.
 * A new code header with a different code starts a new objective; the same code again is the
 * page-break repeat. Every problem of the file is reported at once, in Italian, with its line.
 */
public final class SheetParser {

  /** Limits of one file: far above any real PEG, low enough that no file can exhaust the server. */
  public static final int MAX_OBJECTIVES = 2_000;
  public static final int MAX_PHASES = 100;
  public static final int MAX_INDICATORS = 100;

  private SheetParser() {}

  /** @throws SheetException with every error found, when the sheet has any */
  public static List<Objective> parse(byte[] content) {
    return read(content).stream().map(PrintedObjective::objective).toList();
  }

  /**
   * The objectives with the lines of their people and offices.
   *
   * @throws SheetException with every error found, when the sheet has any
   */
  public static List<PrintedObjective> read(byte[] content) {
    List<SheetError> errors = new ArrayList<>();
    List<PrintedObjective> objectives = new ArrayList<>();
    try {
      readObjectives(SheetText.lines(content), errors, objectives);
    } catch (SheetException e) {
      throw e;
    } catch (RuntimeException e) {
      // a last net: a bug must reach the user as a rejected sheet, not as a stack trace
      errors.add(new SheetError(0, "Errore imprevisto nella lettura del file: " + e));
    }
    if (!errors.isEmpty()) {
      throw new SheetException(errors);
    }
    return List.copyOf(objectives);
  }

  private static void readObjectives(List<String> lines, List<SheetError> errors, List<PrintedObjective> objectives) {
    Map<String, Integer> firstLine = new HashMap<>();
    List<SheetError> beforeCode = new ArrayList<>();
    ObjectiveReader reader = null;
    String code = null;
    for (int i = 0; i < lines.size(); i++) {
      SheetLine line = SheetLine.of(i + 1, lines.get(i));
      CodeHeader header = CodeHeader.parse(line);
      if (header != null && !header.code().equals(code)) {
        if (reader != null) {
          reader.build().ifPresent(objectives::add);
        }
        code = header.code();
        if (firstLine.size() == MAX_OBJECTIVES && !firstLine.containsKey(code)) {
          errors.add(SheetError.at(line.number(), "", "il file contiene più di " + MAX_OBJECTIVES
              + " obiettivi: il limite è " + MAX_OBJECTIVES + " per file, dividerlo in più file"));
          return;
        }
        Integer seen = firstLine.putIfAbsent(code, line.number());
        if (seen != null) {
          errors.add(SheetError.at(line.number(), "",
              "l'obiettivo " + code + " compare due volte nel file (la prima alla riga " + seen + ")"));
        }
        reader = new ObjectiveReader(code, line.number(), errors);
      }
      if (reader != null) {
        reader.read(line);
      } else if (!line.isBlank()) {
        beforeCode.add(SheetError.at(line.number(), "", "testo prima del codice dell'obiettivo " + line.quoted()));
      }
    }
    if (reader == null) {
      errors.add(new SheetError(0, "Nessun codice obiettivo trovato: il foglio deve iniziare con il codice, "
          + "per esempio 2017_ZN02**Titolo dell'obiettivo**"));
    } else {
      errors.addAll(beforeCode);
      reader.build().ifPresent(objectives::add);
    }
  }
}
