package it.pegworkflow.sheet;

import it.pegworkflow.objective.Indicator;
import it.pegworkflow.objective.Objective;
import it.pegworkflow.objective.Organisation;
import it.pegworkflow.objective.Person;
import it.pegworkflow.objective.Phase;
import java.util.List;

/**
 * The longest text each field may hold: what our tables and Camunda's (user and group names up to
 * 255 characters) keep. A longer field is the sheet's error, reported like any other, not a failure
 * of the database in the middle of an import.
 */
final class TextLengths {

  static final int CODE = 40;
  static final int TITLE = 2_000;
  static final int DESCRIPTION = 60_000;
  static final int OFFICE = 255;
  static final int PERSON = 255;
  static final int ROLE = 300;
  static final int LABEL = 100;
  static final int PHASE_NAME = 2_000;
  static final int NOTE = 4_000;
  static final int INDICATOR = 2_000;
  static final int EXPECTED = 1_000;

  private TextLengths() {}

  static void check(Objective objective, int line, List<SheetError> errors) {
    String context = "obiettivo " + objective.code();
    Checker check = (what, text, max) -> {
      if (text != null && text.length() > max) {
        errors.add(SheetError.at(line, context,
            what + " troppo lungo: " + text.length() + " caratteri, al massimo " + max));
      }
    };
    check.field("il codice", objective.code(), CODE);
    check.field("il titolo", objective.title(), TITLE);
    check.field("la descrizione", objective.description(), DESCRIPTION);
    Organisation org = objective.organisation();
    check.field("il nome della Direzione", org.department(), OFFICE);
    check.field("il nome del Servizio", org.unit(), OFFICE);
    person(check, "del Direttore", org.director());
    person(check, "del Dirigente", org.manager());
    check.field("la Classificazione", org.classification(), LABEL);
    check.field("la Tipologia", org.kind(), LABEL);
    for (Phase phase : objective.phases()) {
      String which = " della fase " + phase.number();
      check.field("il nome" + which, phase.name(), PHASE_NAME);
      check.field("il Centro di Responsabilità" + which, phase.centre(), OFFICE);
      check.field("la nota" + which, phase.note(), NOTE);
      person(check, "del Responsabile" + which, phase.responsible());
    }
    for (Indicator indicator : objective.indicators()) {
      String which = " dell'indicatore " + indicator.number();
      check.field("la descrizione" + which, indicator.description(), INDICATOR);
      check.field("il tipo" + which, indicator.type(), LABEL);
      check.field("il valore atteso" + which, indicator.expectedValue(), EXPECTED);
    }
  }

  private static void person(Checker check, String whose, Person person) {
    if (person != null) {
      check.field("il nome " + whose, person.fullName(), PERSON);
      check.field("il ruolo " + whose, person.role(), ROLE);
    }
  }

  private interface Checker {
    void field(String what, String text, int max);
  }
}
