package it.pegworkflow.campaigning;

import it.pegworkflow.campaign.CampaignWords;
import it.pegworkflow.italian.ItalianDates;
import it.pegworkflow.platform.RefusedCommand;
import it.pegworkflow.process.TaskInputException;
import it.pegworkflow.store.CampaignStore.AskedPhase;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Dirigente's review writes one line per indicator or phase, led by its number («2: 45%»,
 * «3: 60; 31/12/2026; a rischio; firme in ritardo»): a form of Tasklist has no list of rows whose
 * length the objective decides. Read here, refused in Italian with the field and the line.
 */
final class ReviewLines {

  private static final Pattern NUMBERED = Pattern.compile("\\s*(\\d{1,3})\\s*[:.)-]\\s*(.*)", Pattern.DOTALL);

  private ReviewLines() {}

  /** Lines «N: text», by N; a line without a number, or a number twice, is refused. */
  static Map<Integer, String> numbered(String text, String label) {
    Map<Integer, String> lines = new LinkedHashMap<>();
    String[] all = text == null ? new String[0] : text.split("\\R");
    for (int row = 0; row < all.length; row++) {
      if (all[row].isBlank()) {
        continue;
      }
      Matcher line = NUMBERED.matcher(all[row]);
      if (!line.matches()) {
        throw new TaskInputException(label + ", riga " + (row + 1) + ": «" + RefusedCommand.clip(all[row].strip())
            + "» non comincia con un numero seguito da «:» (per esempio «2: 45%»)");
      }
      int number = Integer.parseInt(line.group(1));
      if (lines.put(number, line.group(2).strip()) != null) {
        throw new TaskInputException(label + ", riga " + (row + 1) + ": il numero " + number + " c'è già in una riga precedente");
      }
    }
    return lines;
  }

  /** The phases' answers as the Dirigente reads them, one line each. */
  static String answers(List<AskedPhase> phases) {
    return phases.stream().map(ReviewLines::answer).collect(Collectors.joining("\n"));
  }

  private static String answer(AskedPhase phase) {
    String head = "Fase " + phase.number() + " (previsto " + percent(phase.plannedProgress()) + "): ";
    if (!"ANSWERED".equals(phase.state())) {
      return head + "nessuna risposta";
    }
    return head + "realizzato " + percent(phase.completion()) + ", fine prevista "
        + (phase.forecastEnd() == null ? "non indicata" : ItalianDates.format(phase.forecastEnd()))
        + ", criticità " + CampaignWords.criticality(phase.criticality())
        + (phase.note() == null ? "" : ", nota: " + phase.note())
        + (phase.proposal() == null ? "" : ", proposta di variazione: " + phase.proposal());
  }

  static String percent(BigDecimal value) {
    return value == null ? "-" : value.stripTrailingZeros().toPlainString().replace('.', ',') + "%";
  }
}
