package it.pegworkflow.campaigning;

import it.pegworkflow.platform.RefusedCommand;
import it.pegworkflow.process.PlanningCalendar;
import it.pegworkflow.process.TaskInput;
import it.pegworkflow.process.TaskInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads what a person sent to the campaign (the start form, a task), whatever the client sent
 * (Tasklist's numbers and ISO dates, scripts' strings), refusing in Italian what does not fit: a 400,
 * the task (or the start) left as it was.
 */
final class CampaignInput {

  private final VariableScope scope;
  private final TaskInput input;

  CampaignInput(VariableScope scope, PlanningCalendar calendar) {
    this.scope = scope;
    this.input = new TaskInput(scope, calendar);
  }

  String text(String name, String label, boolean mandatory, int maxLength) {
    return input.text(name, label, mandatory, maxLength);
  }

  /** A date, or null when optional and empty. */
  LocalDate date(String name, String label, boolean mandatory) {
    return mandatory ? input.date(name, label) : input.optionalDate(name, label);
  }

  static LocalDate date(String text, String label) {
    return TaskInput.day(text, label);
  }

  BigDecimal percentage(String name, String label) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw missing(label);
    }
    return parsePercentage(value, label);
  }

  /** A completion 0..100 as Tasklist sends it (a JSON number) or as Italians type it (87,5). */
  static BigDecimal parsePercentage(Object value, String label) {
    BigDecimal number = TaskInput.number(value instanceof String text ? text.strip().replaceFirst("\\s*%$", "") : value);
    if (number == null) {
      throw new TaskInputException(label + ": «" + RefusedCommand.clip(value) + "» non è un numero");
    }
    if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new TaskInputException(label + ": " + RefusedCommand.clip(number.toPlainString().replace('.', ','))
          + " non è tra 0 e 100");
    }
    if (number.stripTrailingZeros().scale() > 2) {
      throw new TaskInputException(label + ": al massimo due decimali (" + RefusedCommand.clip(value) + ")");
    }
    return number;
  }

  /** nessuna, a rischio, critica (or the stored NONE, AT_RISK, CRITICAL), as stored. */
  String criticality(String name, String label) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw missing(label);
    }
    return parseCriticality(value.toString(), label);
  }

  static String parseCriticality(String text, String label) {
    return switch (text.strip().toLowerCase(Locale.ROOT).replace('_', ' ')) {
      case "nessuna", "none" -> "NONE";
      case "a rischio", "at risk" -> "AT_RISK";
      case "critica", "critical" -> "CRITICAL";
      default -> throw new TaskInputException(label + ": «" + RefusedCommand.clip(text)
          + "» non è «nessuna», «a rischio» né «critica»");
    };
  }

  static TaskInputException missing(String label) {
    return TaskInput.missing(label);
  }
}
