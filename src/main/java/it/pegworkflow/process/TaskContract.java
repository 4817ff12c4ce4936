package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.platform.PersonsCommands;
import it.pegworkflow.platform.RefusedCommand;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a person may send to complete each task (docs/process-contract.md): these variables, of
 * these types, nothing else. Whether a value fits (a date after the start, a number 0..100) is the
 * task listeners' business; here only names and types, checked before the engine writes anything.
 */
@Configuration
class TaskContract {

  /** The kinds of values of the contract and the variable types (Camunda's names) that carry them. */
  enum Kind {
    NUMBER("un numero", Set.of("integer", "long", "short", "double", "string")),
    DATE("una data", Set.of("date", "string")),
    TEXT("un testo", Set.of("string")),
    YES_NO("sì o no (Boolean)", Set.of("boolean"));

    final String description;
    final Set<String> types;

    Kind(String description, Set<String> types) {
      this.description = description;
      this.types = types;
    }
  }

  record Field(String name, String label, Kind kind) {}

  record Task(String label, List<Field> fields) {}

  /** A phase sent back by the Nucleo is corrected with the fields of a phase's final report. */
  private static final List<Field> PHASE_REPORT_FIELDS = List.of(
      new Field(PHASE_COMPLETION, "Completamento (%)", Kind.NUMBER),
      new Field(PHASE_ACTUAL_END, "Data di fine effettiva", Kind.DATE),
      new Field(PHASE_REPORT, "Relazione", Kind.TEXT));
  private static final List<Field> INDICATOR_FIELDS = List.of(
      new Field(INDICATOR_ACTUAL, "Valore effettivo", Kind.TEXT),
      new Field(INDICATOR_NOTE, "Nota", Kind.TEXT));

  static final Map<String, Task> TASKS = Map.of(
      TASK_COMPLETE_PHASE, new Task("Aggiornare o concludere la fase", List.of(
          new Field(PHASE_OUTCOME, "Scelta", Kind.TEXT),
          new Field(PHASE_COMPLETION, "Completamento (%)", Kind.NUMBER),
          new Field(PHASE_FORECAST_END, "Fine prevista", Kind.DATE),
          new Field(PHASE_ACTUAL_END, "Data di fine effettiva", Kind.DATE),
          new Field(PHASE_REPORT, "Relazione", Kind.TEXT))),
      TASK_URGE_LATE_PHASE, new Task("Sollecitare la fase in ritardo", List.of()),
      TASK_RECORD_INDICATOR, new Task("Rilevare l'indicatore", INDICATOR_FIELDS),
      TASK_REVISE_INDICATOR, new Task("Rivedere l'indicatore", INDICATOR_FIELDS),
      TASK_REVISE_PHASE, new Task("Rivedere la fase", PHASE_REPORT_FIELDS),
      TASK_JUSTIFY_DEVIATION, new Task("Motivare lo scostamento", List.of(
          new Field(DEVIATION_REASON, "Motivazione dello scostamento", Kind.TEXT))),
      TASK_VALIDATE_REPORT, new Task("Validare la rendicontazione", List.of(
          new Field(VALIDATION_APPROVED, "Rendicontazione approvata", Kind.YES_NO),
          new Field(SENT_BACK_INDICATOR, "Indicatore da rivedere", Kind.NUMBER),
          new Field(SENT_BACK_PHASE, "Fase da rivedere", Kind.NUMBER),
          new Field(VALIDATION_REASON, "Motivo", Kind.TEXT))),
      // The monitoring campaign's questions (docs/campaigns.md).
      CampaignConstants.TASK_REPORT_PROGRESS, new Task("Stato di avanzamento della fase", List.of(
          new Field(CampaignConstants.PROGRESS_COMPLETION, "Completamento alla data di riferimento (%)", Kind.NUMBER),
          new Field(CampaignConstants.PROGRESS_FORECAST_END, "Fine prevista", Kind.DATE),
          new Field(CampaignConstants.PROGRESS_CRITICALITY, "Criticità", Kind.TEXT),
          new Field(CampaignConstants.PROGRESS_NOTE, "Nota", Kind.TEXT),
          new Field(CampaignConstants.PROGRESS_PROPOSAL, "Proposta di variazione", Kind.TEXT))),
      CampaignConstants.TASK_REVIEW_OBJECTIVE, new Task("Verifica intermedia dell'obiettivo", List.of(
          new Field(CampaignConstants.INDICATOR_VALUES, "Valori intermedi", Kind.TEXT),
          new Field(CampaignConstants.INDICATOR_REASONS, "Motivi dei valori mancanti", Kind.TEXT),
          new Field(CampaignConstants.PHASE_CORRECTIONS, "Correzioni delle fasi", Kind.TEXT),
          new Field(CampaignConstants.REVIEW_COMMENT, "Commento", Kind.TEXT))),
      CampaignConstants.TASK_CLOSE_CAMPAIGN, new Task("Chiudere la campagna", List.of()));

  /**
   * The phase's task sends one of two things, by the choice {@code phaseOutcome}: a progress update
   * or the conclusion. Without a choice, an actual end means the conclusion (as clients sent it before
   * progress existed), none a progress update. A field of the other choice may come empty (a form's
   * hidden field), never with a value.
   */
  static final Map<String, Set<String>> PHASE_CHOICES = Map.of(
      OUTCOME_PROGRESS, Set.of(PHASE_OUTCOME, PHASE_COMPLETION, PHASE_FORECAST_END, PHASE_REPORT),
      OUTCOME_CONCLUDED, Set.of(PHASE_OUTCOME, PHASE_COMPLETION, PHASE_ACTUAL_END, PHASE_REPORT));

  /** The controllo di gestione and the administrator may correct variables; nobody else writes them but by completing. */
  @Bean
  PersonsCommands personsCommands() {
    return new PersonsCommands(Set.of(CONTROLLO_GROUP, "camunda-admin"), TaskContract::check, PROCESS_VARIABLES,
        Set.of(CampaignConstants.CAMPAIGN_PROCESS_KEY));
  }

  private static final Map<Class<?>, String> JAVA_TYPES = Map.of(String.class, "string", Integer.class, "integer",
      Long.class, "long", Short.class, "short", Double.class, "double", Boolean.class, "boolean");

  static void check(String taskKey, Map<String, Object> variables) {
    Task task = TASKS.getOrDefault(taskKey, new Task("questo compito", List.of()));
    Map<String, Field> fields = new LinkedHashMap<>();
    task.fields().forEach(field -> fields.put(field.name(), field));
    for (String name : variables.keySet()) {
      Field field = fields.get(name);
      if (field == null) {
        throw new TaskInputException("Il compito «" + task.label() + "» non accetta la variabile «"
            + RefusedCommand.clip(name) + "»" + (fields.isEmpty() ? "" : ": accetta solo " + String.join(", ", fields.keySet())));
      }
      String type = type(variables, name);
      if (!type.equals("null") && !field.kind().types.contains(type)) {
        throw new TaskInputException(field.label() + " (" + name + "): deve essere " + field.kind().description);
      }
    }
    if (TASK_COMPLETE_PHASE.equals(taskKey)) {
      checkPhaseChoice(variables, fields);
    }
  }

  private static void checkPhaseChoice(Map<String, Object> variables, Map<String, Field> fields) {
    Object sent = value(variables, PHASE_OUTCOME);
    Object actualEnd = value(variables, PHASE_ACTUAL_END);
    String choice = sent != null && !sent.toString().isBlank() ? sent.toString().strip().toLowerCase(java.util.Locale.ROOT)
        : actualEnd != null && !actualEnd.toString().isBlank() ? OUTCOME_CONCLUDED : OUTCOME_PROGRESS;
    Set<String> allowed = PHASE_CHOICES.get(choice);
    if (allowed == null) {
      throw new TaskInputException("Scelta (" + PHASE_OUTCOME + "): «" + RefusedCommand.clip(sent) + "» non è «"
          + OUTCOME_PROGRESS + "» né «" + OUTCOME_CONCLUDED + "»");
    }
    for (String name : variables.keySet()) {
      if (!allowed.contains(name) && value(variables, name) != null) {
        throw new TaskInputException(fields.get(name).label() + " (" + name + ") non si indica quando la scelta è «" + choice
            + "»: " + (choice.equals(OUTCOME_PROGRESS) ? "la fase non è ancora conclusa" : "la fase è conclusa"));
      }
    }
  }

  private static Object value(Map<String, Object> variables, String name) {
    Object value = variables instanceof VariableMap typed ? typed.getValueTyped(name) : variables.get(name);
    return value instanceof TypedValue typedValue ? typedValue.getValue() : value;
  }

  /** Camunda's type name of a value, typed (REST, Tasklist) or plain (Java callers). */
  private static String type(Map<String, Object> variables, String name) {
    Object value = variables instanceof VariableMap typed ? typed.getValueTyped(name) : variables.get(name);
    if (value instanceof TypedValue typedValue) {
      if (typedValue.getType() != null) {
        return typedValue.getType().getName();
      }
      value = typedValue.getValue();
    }
    if (value == null) {
      return "null";
    }
    return JAVA_TYPES.getOrDefault(value.getClass(), value instanceof Date ? "date" : "object");
  }
}
