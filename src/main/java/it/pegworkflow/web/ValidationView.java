package it.pegworkflow.web;

import static it.pegworkflow.process.ProcessConstants.TASK_VALIDATE_REPORT;

import it.pegworkflow.italian.ItalianDates;
import it.pegworkflow.italian.ItalianNumbers;
import it.pegworkflow.monitoring.MonitoredIndicator;
import it.pegworkflow.monitoring.MonitoredObjective;
import it.pegworkflow.monitoring.MonitoredPhase;
import it.pegworkflow.monitoring.MonitoringQueries;
import it.pegworkflow.monitoring.Reader;
import it.pegworkflow.platform.ComputedFormVariables;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the Nucleo's validation form shows of the whole objective (processes/ValidateReport.form): its
 * phases and indicators as the one read model holds them, as the current user may see them, and the
 * choices of the one indicator or phase to send back. Computed each time the form is read.
 */
@Component
class ValidationView implements ComputedFormVariables {

  static final String PHASES = "rendicontazioneFasi";
  static final String INDICATORS = "rendicontazioneIndicatori";
  static final String SCORES = "rendicontazionePunteggi";
  static final String INDICATOR_CHOICES = "indicatoriRinviabili";
  static final String PHASE_CHOICES = "fasiRinviabili";
  private static final int LABEL_LENGTH = 90;

  private final MonitoringQueries queries;
  private final Readers readers;

  ValidationView(MonitoringQueries queries, Readers readers) {
    this.queries = queries;
    this.readers = readers;
  }

  @Override
  public Map<String, Object> forTask(String taskDefinitionKey, String code) {
    if (!TASK_VALIDATE_REPORT.equals(taskDefinitionKey)) {
      return Map.of();
    }
    Reader reader = readers.current();
    MonitoredObjective objective = queries.objective(code).filter(reader::mayRead).orElse(null);
    if (objective == null) {
      return Map.of();
    }
    List<MonitoredPhase> phases = queries.phases(code).stream().map(p -> reader.seen(objective, p)).toList();
    List<MonitoredIndicator> indicators = queries.indicators(code).stream().map(i -> reader.seen(objective, i)).toList();
    MonitoredObjective seen = reader.seen(objective);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(PHASES, phases.stream().map(ValidationView::phase).toList());
    values.put(INDICATORS, indicators.stream().map(ValidationView::indicator).toList());
    values.put(SCORES, "fasi " + orDash(seen.phasesScore()) + " · indicatori " + orDash(seen.indicatorsScore())
        + " · totale " + orDash(seen.score()));
    values.put(INDICATOR_CHOICES, choices("Nessun indicatore", indicators.stream()
        .map(i -> choice(i.number(), i.description())).toList()));
    values.put(PHASE_CHOICES, choices("Nessuna fase", phases.stream().map(p -> choice(p.number(), p.name())).toList()));
    return values;
  }

  private static Map<String, Object> phase(MonitoredPhase p) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("numero", p.number());
    row.put("fase", p.number() + ". " + p.name() + " (" + p.responsible() + ")");
    row.put("responsabile", p.responsible());
    row.put("peso", p.weight() == null ? "" : ItalianNumbers.percent(p.weight()));
    row.put("fineEffettiva", date(p.actualEnd()) + " (prevista " + date(p.plannedEnd()) + ")");
    row.put("completamento", (p.completion() == null ? "" : ItalianNumbers.percent(p.completion()) + " ")
        + (p.state() == null ? "" : "(" + p.state().label() + (p.wentLate() ? ", in ritardo" : "") + ")"));
    row.put("relazione", p.report() == null ? "" : p.report());
    return row;
  }

  private static Map<String, Object> indicator(MonitoredIndicator i) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("numero", i.number());
    row.put("indicatore", i.number() + ". " + i.description());
    row.put("atteso", i.expectedValue());
    row.put("effettivo", i.actualValue() == null ? "" : i.actualValue());
    row.put("nota", i.note() == null ? "" : i.note());
    row.put("punteggio", ItalianNumbers.decimal(i.score()));
    return row;
  }

  /** The radio's values: "none" first (0: form-js drops an option whose value is empty), then each one by number. */
  private static List<Map<String, String>> choices(String none, List<Map<String, String>> each) {
    List<Map<String, String>> all = new java.util.ArrayList<>();
    all.add(Map.of("label", none, "value", "0"));
    all.addAll(each);
    return all;
  }

  private static Map<String, String> choice(int number, String name) {
    String label = number + " – " + name;
    return Map.of("label", label.length() <= LABEL_LENGTH ? label : label.substring(0, LABEL_LENGTH - 1) + "…",
        "value", String.valueOf(number));
  }

  private static String date(LocalDate day) {
    return day == null ? "" : ItalianDates.format(day);
  }

  private static String orDash(BigDecimal score) {
    return score == null ? "–" : ItalianNumbers.decimal(score);
  }
}
