package it.pegworkflow.sheet;

import it.pegworkflow.objective.Indicator;
import java.util.ArrayList;
import java.util.List;

/** The INDICATORI block: the header row {@code Descrizione | Tipo | Valore Atteso}, then one row each. */
final class IndicatorBlock {

  private final List<SheetLine> rows = new ArrayList<>();
  private final List<SheetError> errors;
  private boolean tooMany;

  IndicatorBlock(List<SheetError> errors) {
    this.errors = errors;
  }

  void read(SheetLine line) {
    if (tooMany || line.cell(0).equalsIgnoreCase("Descrizione") && line.cell(1).equalsIgnoreCase("Tipo")) {
      return;
    }
    if (rows.size() == SheetParser.MAX_INDICATORS) {
      errors.add(SheetError.at(line.number(), "", "più di " + SheetParser.MAX_INDICATORS
          + " indicatori nello stesso obiettivo: il limite è " + SheetParser.MAX_INDICATORS + " indicatori per obiettivo"));
      tooMany = true;
      return;
    }
    if (line.cells().size() < 2) {
      errors.add(SheetError.at(line.number(), "indicatore " + (rows.size() + 1),
          "riga " + line.quoted() + " senza le colonne Tipo e Valore Atteso"));
      return;
    }
    rows.add(line);
  }

  /** The indicators, or null after adding an error for each one that cannot be read. */
  List<Indicator> build(int year) {
    int before = errors.size();
    List<Indicator> indicators = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      SheetLine row = rows.get(i);
      int number = i + 1;
      String expected = row.joinedFrom(2);
      try {
        indicators.add(new Indicator(number, row.cell(0), row.cell(1), expected, TargetReader.read(expected, year)));
      } catch (IllegalArgumentException e) {
        errors.add(SheetError.at(row.number(), Names.indicator(number, row.cell(0)), e.getMessage()));
      }
    }
    return errors.size() > before ? null : indicators;
  }
}
