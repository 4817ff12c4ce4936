package it.pegworkflow.campaigning;

import static it.pegworkflow.process.CampaignConstants.*;

import it.pegworkflow.italian.ItalianDates;
import it.pegworkflow.platform.RefusedCommand;
import it.pegworkflow.process.PlanningCalendar;
import it.pegworkflow.process.TaskInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The start form, checked (docs/campaigns.md): a reference date, an answer deadline after it and not
 * already past, the Direzioni asked (one per line, as the sheets print them, any case; none for all).
 * Every refusal is Italian and starts nothing.
 */
record CampaignStart(LocalDate referenceDate, LocalDate answerDeadline, List<String> departments) {

  static final int MAX_SCOPE = 4000;

  static final Set<String> FORM_FIELDS = Set.of(REFERENCE_DATE, ANSWER_DEADLINE, CAMPAIGN_SCOPE);

  static CampaignStart read(VariableScope scope, PlanningCalendar calendar, List<String> knownDepartments) {
    for (String name : scope.getVariableNames()) {
      if (!FORM_FIELDS.contains(name)) {
        throw new CampaignStartRefused("L'avvio di una campagna non accetta la variabile «" + RefusedCommand.clip(name)
            + "»: accetta solo " + REFERENCE_DATE + ", " + ANSWER_DEADLINE + ", " + CAMPAIGN_SCOPE);
      }
    }
    try {
      CampaignInput input = new CampaignInput(scope, calendar);
      LocalDate reference = input.date(REFERENCE_DATE, "Data di riferimento", true);
      LocalDate deadline = input.date(ANSWER_DEADLINE, "Termine per le risposte", true);
      if (!deadline.isAfter(reference)) {
        throw new CampaignStartRefused("Termine per le risposte: " + ItalianDates.format(deadline)
            + " non è dopo la data di riferimento (" + ItalianDates.format(reference) + ")");
      }
      if (deadline.isBefore(calendar.today())) {
        throw new CampaignStartRefused("Termine per le risposte: " + ItalianDates.format(deadline) + " è già passato (oggi è "
            + ItalianDates.format(calendar.today()) + ")");
      }
      return new CampaignStart(reference, deadline,
          departments(input.text(CAMPAIGN_SCOPE, "Direzioni", false, MAX_SCOPE), knownDepartments));
    } catch (TaskInputException refused) {
      throw new CampaignStartRefused(refused.getMessage());
    }
  }

  /** The Direzioni named, as the tables write them; null when none is named (all of them). */
  private static List<String> departments(String scope, List<String> known) {
    List<String> named = new ArrayList<>();
    for (String line : scope.split("\\R")) {
      String name = line.strip();
      if (name.isEmpty()) {
        continue;
      }
      String found = known.stream().filter(k -> k.strip().equalsIgnoreCase(name)).findFirst().orElseThrow(() ->
          new CampaignStartRefused("Direzioni: «" + RefusedCommand.clip(name) + "» non è una Direzione degli obiettivi "
              + "importati" + (known.isEmpty() ? " (non ce n'è nessuna)" : " (sono: " + String.join(", ", known) + ")")));
      if (!named.contains(found)) {
        named.add(found);
      }
    }
    return named.isEmpty() ? null : List.copyOf(named);
  }

  /** The scope as peg_campaign keeps it: one Direzione per line, null for all. */
  String scopeColumn() {
    return departments == null ? null : String.join("\n", departments);
  }
}
