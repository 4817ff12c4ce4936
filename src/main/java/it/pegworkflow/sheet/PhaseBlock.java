package it.pegworkflow.sheet;

import it.pegworkflow.objective.PhaseWeights;
import it.pegworkflow.objective.Phase;
import java.util.ArrayList;
import java.util.List;

/**
 * The FASI block. Each phase is {@code FASE | name} (the name may run onto following lines), the
 * header row {@code | Inizio Previsto | Fine Prevista | Peso | Responsabile | Centro...}, one data
 * row, and {@code Note | ...} (the note may run onto following lines too).
 */
final class PhaseBlock {

  private enum Step { NAME, DATA, AFTER_DATA, NOTE }

  private final List<PhaseDraft> drafts = new ArrayList<>();
  private final List<SheetError> errors;
  private Step step = Step.NAME;
  private boolean tooMany;

  PhaseBlock(List<SheetError> errors) {
    this.errors = errors;
  }

  void read(SheetLine line) {
    if (tooMany) {
      return;
    }
    if (line.cell(0).equalsIgnoreCase("FASE")) {
      if (drafts.size() == SheetParser.MAX_PHASES) {
        errors.add(SheetError.at(line.number(), "", "più di " + SheetParser.MAX_PHASES
            + " fasi nello stesso obiettivo: il limite è " + SheetParser.MAX_PHASES + " fasi per obiettivo"));
        tooMany = true;
        return;
      }
      drafts.add(new PhaseDraft(drafts.size() + 1, line.number(), line.joinedFrom(1)));
      step = Step.NAME;
      return;
    }
    if (drafts.isEmpty()) {
      errors.add(SheetError.at(line.number(), "",
          "riga fuori da una fase " + line.quoted() + " (ogni fase inizia con FASE)"));
      return;
    }
    PhaseDraft draft = drafts.get(drafts.size() - 1);
    if (line.cell(0).isEmpty() && line.cell(1).equalsIgnoreCase("Inizio Previsto")) {
      step = Step.DATA;
    } else if (line.cell(0).equalsIgnoreCase("Note")) {
      draft.addNote(line.joinedFrom(1));
      step = Step.NOTE;
    } else {
      switch (step) {
        case NAME -> draft.addName(line.joinedFrom(0));
        case DATA -> {
          draft.setData(line);
          step = Step.AFTER_DATA;
        }
        case NOTE -> draft.addNote(line.joinedFrom(0));
        case AFTER_DATA -> errors.add(SheetError.at(line.number(), draft.context(),
            "riga non riconosciuta " + line.quoted() + " (attesa la riga Note)"));
      }
    }
  }

  /** The line of each phase's values, in the order of the phases. */
  List<Integer> lines() {
    return drafts.stream().map(PhaseDraft::line).toList();
  }

  boolean isEmpty() {
    return drafts.isEmpty();
  }

  /**
   * What is wrong with the phases' weights, or null; checked on the weights alone, so that a file
   * whose phases have other errors (a wrong date) reports its weights too.
   */
  String weightsProblem() {
    List<PhaseWeights.Weighted> weights = new ArrayList<>();
    for (PhaseDraft draft : drafts) {
      PhaseWeights.Weighted weighted = draft.weighted();
      if (weighted == null) {
        return null;
      }
      weights.add(weighted);
    }
    return weights.isEmpty() ? null : PhaseWeights.problemOf(weights);
  }

  /** The phases, or null after adding an error for each one that cannot be read. */
  List<Phase> build(String unit, String department) {
    int before = errors.size();
    List<Phase> phases = new ArrayList<>();
    for (PhaseDraft draft : drafts) {
      Phase phase = draft.build(unit, department, errors);
      if (phase != null) {
        phases.add(phase);
      }
    }
    return errors.size() > before ? null : phases;
  }
}
