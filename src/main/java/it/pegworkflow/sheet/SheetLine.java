package it.pegworkflow.sheet;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One line of a sheet, 1-based, with its TAB-separated cells stripped of spaces. */
record SheetLine(int number, String text, List<String> cells) {

  static SheetLine of(int number, String raw) {
    List<String> cells = Arrays.stream(raw.split("\t", -1)).map(String::strip).toList();
    return new SheetLine(number, raw.strip(), cells);
  }

  boolean isBlank() {
    return text.isEmpty();
  }

  /** The cell at {@code index}, or "" past the end of the line. */
  String cell(int index) {
    return index < cells.size() ? cells.get(index) : "";
  }

  /** The non-empty cells from {@code from} on, joined by a space: text that ran over columns. */
  String joinedFrom(int from) {
    return cells.stream().skip(from).filter(c -> !c.isEmpty()).collect(Collectors.joining(" "));
  }

  /** The line as a user would quote it, shortened. */
  String quoted() {
    return "«" + Names.shortened(joinedFrom(0), 40) + "»";
  }
}
