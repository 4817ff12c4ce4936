package it.pegworkflow.sheet;

/**
 * One problem found in a sheet. {@code line} is 1-based, or 0 when the problem concerns the whole
 * file; {@code message} is the Italian text shown to the user, already naming the line.
 */
public record SheetError(int line, String message) {

  /** Builds "Riga 27, fase 2 «Stipula…»: problem" from its parts; {@code context} may be empty. */
  public static SheetError at(int line, String context, String problem) {
    String where = line > 0 ? "Riga " + line : "";
    if (context != null && !context.isEmpty()) {
      where = where.isEmpty() ? context : where + ", " + context;
    }
    return new SheetError(line, where.isEmpty() ? problem : where + ": " + problem);
  }
}
