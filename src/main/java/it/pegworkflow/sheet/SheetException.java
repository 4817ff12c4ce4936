package it.pegworkflow.sheet;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** A sheet that cannot be imported, with every problem found in it, ordered by line. */
public class SheetException extends RuntimeException {

  private final List<SheetError> errors;

  public SheetException(List<SheetError> errors) {
    super(errors.stream().map(SheetError::message).collect(Collectors.joining("\n")));
    this.errors = errors.stream().sorted(Comparator.comparingInt(SheetError::line)).toList();
  }

  static SheetException of(String message) {
    return new SheetException(List.of(new SheetError(0, message)));
  }

  public List<SheetError> errors() {
    return errors;
  }
}
