package it.pegworkflow.importing;

import it.pegworkflow.sheet.SheetError;
import it.pegworkflow.sheet.SheetException;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Names of a sheet that cannot become ids, found inside the import's engine command. The sheet's
 * mistake, not the server's: as a {@link BadUserRequestException} the engine logs it at DEBUG, not
 * as an ERROR with a stack trace; the import turns it into the {@link SheetException} it is.
 */
public class NamesRefused extends BadUserRequestException {

  private final transient List<SheetError> errors;

  NamesRefused(List<SheetError> errors) {
    super("Nomi del foglio non utilizzabili come identificativi");
    this.errors = List.copyOf(errors);
  }

  public SheetException asSheetException() {
    return new SheetException(errors);
  }
}
