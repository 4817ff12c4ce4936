package it.pegworkflow.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import it.pegworkflow.platform.RefusedCommand;
import it.pegworkflow.italian.ItalianDates;
import it.pegworkflow.italian.ItalianNumbers;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads what a user entered to complete a task, whatever the client sent (Tasklist's forms send
 * numbers and ISO dates, scripts over REST may send strings), refusing in Italian what does not fit.
 */
public final class TaskInput {

  private final VariableScope scope;
  private final PlanningCalendar calendar;

  public TaskInput(VariableScope scope, PlanningCalendar calendar) {
    this.scope = scope;
    this.calendar = calendar;
  }

  BigDecimal number(String name, String label, int min, int max) {
    Object value = required(name, label);
    BigDecimal number = number(value);
    if (number == null) {
      throw new TaskInputException(label + ": «" + RefusedCommand.clip(value) + "» non è un numero");
    }
    if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      // As Italians write it, as it was typed: «140,5», not «140.5».
      throw new TaskInputException(label + ": " + RefusedCommand.clip(number.toPlainString().replace('.', ','))
          + " non è tra " + min + " e " + max);
    }
    return number;
  }

  /**
   * A number as Tasklist sends it (a JSON number) or as people type it ({@link ItalianNumbers}: one
   * rule for sheets and tasks), or null. Never arithmetic on an unbounded value: whole numbers are
   * longs, fractions finite doubles, text at most a few dozen characters without an exponent.
   */
  public static BigDecimal number(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Double d) {
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }
    return value instanceof String text ? ItalianNumbers.parse(text).orElse(null) : null;
  }

  public LocalDate date(String name, String label) {
    Object value = required(name, label);
    return value instanceof Date date ? calendar.dayOf(date) : day(value.toString(), label);
  }

  /** A date as Tasklist sends it or as people type it, or null when left empty. */
  public LocalDate optionalDate(String name, String label) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return value instanceof Date date ? calendar.dayOf(date) : day(value.toString(), label);
  }

  /** A date as people type it (gg/mm/aaaa) or as scripts send it (ISO). */
  public static LocalDate day(String text, String label) {
    return ItalianDates.parse(text.strip()).orElseThrow(() ->
        new TaskInputException(label + ": «" + RefusedCommand.clip(text.strip()) + "» non è una data valida (gg/mm/aaaa)"));
  }

  public String text(String name, String label, boolean mandatory, int maxLength) {
    Object value = scope.getVariable(name);
    String text = value == null ? "" : value.toString().strip();
    if (mandatory && text.isEmpty()) {
      throw missing(label);
    }
    if (text.length() > maxLength) {
      throw new TaskInputException(label + ": al massimo " + maxLength + " caratteri");
    }
    return text;
  }

  boolean yesOrNo(String name, String label) {
    Object value = required(name, label);
    if (value instanceof Boolean b) {
      return b;
    }
    return switch (value.toString().strip().toLowerCase(Locale.ROOT)) {
      case "true", "si", "sì" -> true;
      case "false", "no" -> false;
      default -> throw new TaskInputException(label + ": «" + RefusedCommand.clip(value) + "» non è sì o no");
    };
  }

  /**
   * An optional whole number from 1 to {@code count} (an indicator's or a phase's number), or null
   * when not given: empty, or 0 (the form's «nessuno»). Tasklist's radios send it as text ("2"), scripts as a number.
   */
  Integer wholeNumber(String name, String label, Integer count, String plural) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    BigDecimal number = number(value);
    int max = count == null ? 0 : count;
    String range = max == 0 ? "l'obiettivo non ne ha" : plural + " vanno da 1 a " + max;
    if (number == null || number.stripTrailingZeros().scale() > 0) {
      throw new TaskInputException(label + ": «" + RefusedCommand.clip(value) + "» non è un numero intero (" + range + ")");
    }
    if (number.signum() == 0) {
      return null;
    }
    if (number.compareTo(BigDecimal.ONE) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new TaskInputException(label + ": l'obiettivo non ha il numero " + RefusedCommand.clip(number.toPlainString())
          + " (" + range + ")");
    }
    return number.intValueExact();
  }

  private Object required(String name, String label) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw missing(label);
    }
    return value;
  }

  public static TaskInputException missing(String label) {
    return new TaskInputException("Manca il campo obbligatorio «" + label + "»");
  }
}
