package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.italian.ItalianDates;
import it.pegworkflow.italian.ItalianNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The Italian words of the trail: what completing each task means, and what was entered under the
 * labels of the task's contract. A task the contract does not know shows as completed, with every
 * value it was completed with under the variable's name: new tasks show without a change here.
 */
@Component
class TrailWords {

  private final PlanningCalendar calendar;

  TrailWords(PlanningCalendar calendar) {
    this.calendar = calendar;
  }

  String action(String taskKey, Map<String, Object> sent) {
    return switch (taskKey) {
      case TASK_COMPLETE_PHASE -> Boolean.FALSE.equals(sent.get(PHASE_CONCLUDED))
          ? "ha aggiornato l'avanzamento della fase" : "ha concluso la fase";
      case TASK_URGE_LATE_PHASE -> "ha preso atto del ritardo della fase";
      case TASK_RECORD_INDICATOR -> "ha rilevato l'indicatore";
      case TASK_REVISE_INDICATOR -> "ha rivisto l'indicatore rimandato dal Nucleo";
      case TASK_REVISE_PHASE -> "ha rivisto la fase rimandata dal Nucleo";
      case TASK_JUSTIFY_DEVIATION -> "ha motivato lo scostamento";
      case TASK_VALIDATE_REPORT -> Boolean.FALSE.equals(sent.get(VALIDATION_APPROVED))
          ? "ha rimandato indietro la rendicontazione" : "ha approvato la rendicontazione";
      default -> "ha completato il compito";
    };
  }

  List<ObjectiveTrail.Value> values(String taskKey, Map<String, Object> sent) {
    TaskContract.Task task = TaskContract.TASKS.get(taskKey);
    List<ObjectiveTrail.Value> values = new ArrayList<>();
    if (task == null) {
      sent.entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> add(values, e.getKey(), e.getValue()));
    } else {
      task.fields().stream().filter(field -> !field.name().equals(VALIDATION_APPROVED))
          .forEach(field -> add(values, field.label(), sent.get(field.name())));
    }
    return values;
  }

  private void add(List<ObjectiveTrail.Value> values, String label, Object value) {
    String text = text(value);
    if (!text.isBlank()) {
      values.add(new ObjectiveTrail.Value(label, text));
    }
  }

  private String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Date date) {
      return ItalianDates.format(calendar.dayOf(date));
    }
    if (value instanceof Boolean yes) {
      return yes ? "sì" : "no";
    }
    if (value instanceof Number number) {
      BigDecimal decimal = new BigDecimal(number.toString()).stripTrailingZeros();
      return decimal.scale() <= 0 ? decimal.toPlainString() : ItalianNumbers.decimal(decimal);
    }
    return value.toString();
  }
}
