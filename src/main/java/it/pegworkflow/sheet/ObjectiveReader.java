package it.pegworkflow.sheet;

import it.pegworkflow.objective.Indicator;
import it.pegworkflow.objective.Objective;
import it.pegworkflow.objective.Organisation;
import it.pegworkflow.objective.Phase;
import it.pegworkflow.objective.PhaseWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the lines of one objective, from its code header to the next objective's. */
final class ObjectiveReader {

  private enum State { HEADER, DESCRIPTION_HEADING, DESCRIPTION, PHASES, INDICATORS, DUPLICATE }

  private final String code;
  private final int headerLine;
  private final List<SheetError> errors;
  private final OrganisationBlock organisation = new OrganisationBlock();
  private final PhaseBlock phases;
  private final IndicatorBlock indicators;
  private final List<String> paragraphs = new ArrayList<>();
  private String paragraph = "";
  private String title;
  private boolean titleMayFollow;
  private int phasesLine;
  private int lastHeaderLine;
  private State state = State.HEADER;

  ObjectiveReader(String code, int headerLine, List<SheetError> errors) {
    this.code = code;
    this.headerLine = headerLine;
    this.errors = errors;
    this.phases = new PhaseBlock(errors);
    this.indicators = new IndicatorBlock(errors);
  }

  void read(SheetLine line) {
    if (state == State.DUPLICATE || line.isBlank()) {
      endParagraph();
      return;
    }
    if (titleMayFollow) {
      titleMayFollow = false;
      if (title == null) {
        title = line.joinedFrom(0);
        return;
      }
      if (line.joinedFrom(0).equalsIgnoreCase(title)) {
        return;
      }
    }
    CodeHeader header = CodeHeader.parse(line);
    if (header != null) {
      readHeader(line, header);
    } else if (line.text().matches("[-\\s]+")) {
      // the underlines of the organisation rows carry nothing
    } else if (OrganisationBlock.opens(line)) {
      if (!organisation.read(line)) {
        duplicate(lastHeaderLine > headerLine ? lastHeaderLine : line.number());
      }
    } else if (line.cell(0).equalsIgnoreCase("GANTT")) {
      endParagraph();
      state = State.HEADER;
    } else if (line.cell(0).equalsIgnoreCase("FASI")) {
      endParagraph();
      phasesLine = line.number();
      state = State.PHASES;
    } else if (line.cell(0).equalsIgnoreCase("INDICATORI")) {
      state = State.INDICATORS;
    } else {
      readInState(line);
    }
  }

  private void readHeader(SheetLine line, CodeHeader header) {
    lastHeaderLine = line.number();
    if (header.title() == null) {
      titleMayFollow = true;
    } else if (title == null) {
      title = header.title();
    } else if (!header.title().equalsIgnoreCase(title)) {
      duplicate(line.number());
    }
  }

  private void readInState(SheetLine line) {
    String text = line.joinedFrom(0);
    switch (state) {
      case PHASES -> phases.read(line);
      case INDICATORS -> indicators.read(line);
      case DESCRIPTION_HEADING -> {
        if (text.contains("**")) {
          state = State.DESCRIPTION;
          addText(text.substring(text.indexOf("**") + 2));
        }
      }
      case DESCRIPTION -> addText(text);
      default -> {
        if (text.startsWith("**Descrizione")) {
          state = State.DESCRIPTION_HEADING;
          readInState(SheetLine.of(line.number(), text.substring(2)));
        } else {
          errors.add(SheetError.at(line.number(), "obiettivo " + code, "riga non riconosciuta " + line.quoted()));
        }
      }
    }
  }

  /** A second header block for the same code: reported at its code line, the rest of it ignored. */
  private void duplicate(int line) {
    errors.add(SheetError.at(line, "",
        "l'obiettivo " + code + " compare due volte nel file (la prima alla riga " + headerLine + ")"));
    state = State.DUPLICATE;
  }

  private void addText(String text) {
    paragraph = (paragraph + " " + text).strip();
  }

  private void endParagraph() {
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph);
      paragraph = "";
    }
  }

  /** The objective, or empty after adding every error found in it. */
  Optional<PrintedObjective> build() {
    endParagraph();
    int before = errors.size();
    String context = "obiettivo " + code;
    if (title == null || title.isBlank()) {
      errors.add(SheetError.at(headerLine, context, "manca il titolo (atteso " + code + "**Titolo**)"));
    }
    Organisation org = organisation.build(headerLine, code, errors);
    if (phasesLine == 0) {
      errors.add(SheetError.at(headerLine, context, "manca il blocco FASI"));
    } else if (phases.isEmpty()) {
      errors.add(SheetError.at(phasesLine, context, "il blocco FASI non contiene fasi (ogni fase inizia con FASE)"));
    }
    List<Phase> phaseList = phases.build(organisation.unit(), organisation.department());
    String weights = phases.weightsProblem();
    if (weights != null) {
      errors.add(SheetError.at(phasesLine, context, weights));
    }
    List<Indicator> indicatorList = indicators.build(Integer.parseInt(code.substring(0, 4)));
    if (errors.size() > before) {
      return Optional.empty();
    }
    try {
      Objective objective = new Objective(code, title, org, String.join("\n\n", paragraphs), phaseList, indicatorList);
      TextLengths.check(objective, headerLine, errors);
      if (errors.size() > before) {
        return Optional.empty();
      }
      int departmentLine = organisation.lineOf("Direzione", headerLine);
      int unitLine = organisation.lineOf("Servizio", headerLine);
      return Optional.of(new PrintedObjective(objective, departmentLine, organisation.lineOf("Direttore", departmentLine),
          unitLine, organisation.lineOf("Dirigente", unitLine), phases.lines()));
    } catch (IllegalArgumentException e) {
      errors.add(SheetError.at(headerLine, context, e.getMessage()));
      return Optional.empty();
    }
  }
}
