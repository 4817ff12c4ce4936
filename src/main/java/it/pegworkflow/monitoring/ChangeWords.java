package it.pegworkflow.monitoring;

import it.pegworkflow.variation.Attribute;
import java.util.Arrays;

/** The Italian words of a change: what a person reads in the report, the Gantt and Cockpit. */
public final class ChangeWords {

  private ChangeWords() {}

  /** The Italian label of the attribute with this API name (the API name itself for one we do not know). */
  public static String attribute(String apiName) {
    return Arrays.stream(Attribute.values()).filter(a -> a.apiName().equals(apiName)).findFirst()
        .map(ChangeWords::label).orElse(apiName);
  }

  static String label(Attribute attribute) {
    return switch (attribute) {
      case TITLE -> "Titolo";
      case DESCRIPTION -> "Descrizione";
      case DEPARTMENT -> "Direzione";
      case DIRECTOR -> "Direttore";
      case UNIT -> "Servizio";
      case MANAGER -> "Dirigente";
      case CLASSIFICATION -> "Classificazione";
      case KIND -> "Tipologia";
      case WITHDRAWN -> "Ritiro dell'obiettivo";
      case PHASE_ADDED -> "Fase aggiunta";
      case PHASE_REMOVED -> "Fase soppressa";
      case PHASE_NAME -> "Nome della fase";
      case PLANNED_START -> "Inizio previsto";
      case PLANNED_END -> "Fine prevista";
      case WEIGHT -> "Peso (%)";
      case RESPONSIBLE -> "Responsabile";
      case CENTRE -> "Centro di responsabilità";
      case PHASE_NOTE -> "Note della fase";
      case INDICATOR_ADDED -> "Indicatore aggiunto";
      case INDICATOR_REMOVED -> "Indicatore soppresso";
      case INDICATOR_DESCRIPTION -> "Descrizione dell'indicatore";
      case INDICATOR_TYPE -> "Tipo di indicatore";
      case TARGET -> "Valore atteso";
    };
  }

  /** The act's kind in Italian: VARIATION, WITHDRAWAL, REASSIGNMENT. */
  public static String kind(String kind) {
    return switch (kind == null ? "" : kind) {
      case "VARIATION" -> "Variazione";
      case "WITHDRAWAL" -> "Ritiro";
      case "REASSIGNMENT" -> "Riassegnazione";
      default -> kind;
    };
  }

  /** «Fase 2», «Indicatore 1», or nothing for the objective's own attributes. */
  static String subject(PlanChange change) {
    return change.phase() != null ? "Fase " + change.phase()
        : change.indicator() != null ? "Indicatore " + change.indicator() : "";
  }
}
