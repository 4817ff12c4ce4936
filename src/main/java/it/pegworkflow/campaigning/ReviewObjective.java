package it.pegworkflow.campaigning;

import static it.pegworkflow.process.CampaignConstants.*;
import static it.pegworkflow.process.ProcessConstants.OBJECTIVE_CODE;

import it.pegworkflow.platform.EngineClock;
import it.pegworkflow.process.PlanningCalendar;
import it.pegworkflow.process.TaskInputException;
import it.pegworkflow.store.CampaignStore;
import it.pegworkflow.store.CampaignStore.AskedPhase;
import it.pegworkflow.store.CampaignStore.Progress;
import it.pegworkflow.store.IndicatorRow;
import it.pegworkflow.store.ObjectiveStore;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The Dirigente's review of an objective: each indicator in force has an intermediate value or the
 * reason it has none; the phases' answers are confirmed, or corrected line by line («N: completamento;
 * fine prevista; criticità; nota», empty parts keep the answer's), the correction kept beside the
 * answer in the corrected_* columns; a comment. Nothing of it touches the objective itself.
 */
@Component
class ReviewObjective implements TaskListener {

  static final int MAX_VALUE = 200;

  private final CampaignStore campaigns;
  private final ObjectiveStore objectives;
  private final PlanningCalendar calendar;

  ReviewObjective(CampaignStore campaigns, ObjectiveStore objectives, PlanningCalendar calendar) {
    this.campaigns = campaigns;
    this.objectives = objectives;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    long campaignId = (Long) task.getVariable(CAMPAIGN_ID);
    String code = (String) task.getVariable(OBJECTIVE_CODE);
    CampaignInput input = new CampaignInput(task, calendar);
    Map<Integer, String> values = ReviewLines.numbered(input.text(INDICATOR_VALUES, "Valori intermedi", false, 20_000),
        "Valori intermedi");
    Map<Integer, String> reasons = ReviewLines.numbered(input.text(INDICATOR_REASONS, "Motivi dei valori mancanti", false,
        20_000), "Motivi dei valori mancanti");
    Map<Integer, String> corrections = ReviewLines.numbered(input.text(PHASE_CORRECTIONS, "Correzioni delle fasi", false,
        20_000), "Correzioni delle fasi");
    String comment = input.text(REVIEW_COMMENT, "Commento", false, AnswerProgress.MAX_TEXT);
    List<Integer> indicators = objectives.liveIndicators(code).stream().map(IndicatorRow::number).toList();
    checkNumbers(values.keySet(), indicators, "Valori intermedi", "un indicatore", "gli indicatori");
    checkNumbers(reasons.keySet(), indicators, "Motivi dei valori mancanti", "un indicatore", "gli indicatori");
    Map<Integer, AskedPhase> asked = campaigns.askedPhases(campaignId, code).stream()
        .collect(Collectors.toMap(AskedPhase::number, p -> p));
    checkNumbers(corrections.keySet(), List.copyOf(asked.keySet()), "Correzioni delle fasi", "una fase chiesta",
        "le fasi chieste");
    String person = AnswerProgress.person(task);
    for (int number : indicators) {
      String value = values.getOrDefault(number, "");
      String reason = reasons.getOrDefault(number, "");
      if (value.isEmpty() == reason.isEmpty()) {
        throw new TaskInputException("Indicatore " + number + (value.isEmpty()
            ? ": manca il valore intermedio, oppure il motivo per cui manca"
            : ": un valore intermedio e un motivo per cui manca insieme; togliere l'uno o l'altro"));
      }
      if (value.length() > MAX_VALUE || reason.length() > AnswerProgress.MAX_TEXT) {
        throw new TaskInputException("Indicatore " + number + ": al massimo " + (value.length() > MAX_VALUE ? MAX_VALUE
            + " caratteri per il valore" : AnswerProgress.MAX_TEXT + " caratteri per il motivo"));
      }
      campaigns.recordIndicator(campaignId, code, number, AnswerProgress.emptyAsNull(value), AnswerProgress.emptyAsNull(reason));
    }
    for (var correction : corrections.entrySet()) {
      campaigns.correctPhase(campaignId, code, correction.getKey(), correction(correction.getKey(), correction.getValue()),
          person);
    }
    campaigns.answerObjective(campaignId, code, AnswerProgress.emptyAsNull(comment), person, EngineClock.now());
  }

  /** «completamento; fine prevista; criticità; nota»: empty parts keep the answer's; at least one part. */
  private static Progress correction(int number, String line) {
    String label = "Correzioni delle fasi, fase " + number;
    String[] parts = line.split(";", 4);
    String completion = part(parts, 0);
    String forecastEnd = part(parts, 1);
    String criticality = part(parts, 2);
    String note = part(parts, 3);
    if (completion.isEmpty() && forecastEnd.isEmpty() && criticality.isEmpty() && note.isEmpty()) {
      throw new TaskInputException(label + ": nessuna correzione (si scrive «" + number
          + ": completamento; fine prevista; criticità; nota», lasciando vuoto ciò che non cambia)");
    }
    if (note.length() > AnswerProgress.MAX_TEXT) {
      throw new TaskInputException(label + ": al massimo " + AnswerProgress.MAX_TEXT + " caratteri per la nota");
    }
    return new Progress(completion.isEmpty() ? null : CampaignInput.parsePercentage(completion, label + ", completamento"),
        forecastEnd.isEmpty() ? null : CampaignInput.date(forecastEnd, label + ", fine prevista"),
        criticality.isEmpty() ? null : CampaignInput.parseCriticality(criticality, label + ", criticità"),
        AnswerProgress.emptyAsNull(note));
  }

  private static String part(String[] parts, int index) {
    return index < parts.length ? parts[index].strip() : "";
  }

  private static void checkNumbers(Set<Integer> sent, List<Integer> known, String label, String what, String plural) {
    for (int number : sent) {
      if (!known.contains(number)) {
        throw new TaskInputException(label + ": " + number + " non è " + what + " dell'obiettivo ("
            + (known.isEmpty() ? "non ce ne sono" : plural + " sono " + known.stream().sorted().map(String::valueOf)
            .collect(Collectors.joining(", "))) + ")");
      }
    }
  }
}
