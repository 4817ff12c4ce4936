package it.pegworkflow.mail;

import it.pegworkflow.italian.ItalianDates;
import java.time.LocalDate;

/** The notices, in Italian: what happened, what the person is asked to do, by when, and the link. */
public final class Notices {

  private Notices() {}

  public static Notice phaseOpened(String phase, String objective, LocalDate due, String link) {
    return new Notice(NoticeKind.PHASE_OPENED, "Fase da completare: «" + phase + "» (" + objective + ")",
        "La fase «" + phase + "» dell'obiettivo " + objective + " è iniziata ed è affidata a Lei. La fine prevista è il "
            + ItalianDates.format(due) + ": a fase conclusa, la completi in Tasklist con la percentuale di completamento,"
            + " la data di fine effettiva e una breve relazione.", link);
  }

  /** A campaign's question (docs/campaigns.md), named as the task: «Stato di avanzamento al 30/06/2026: …». */
  public static Notice campaignQuestion(String task, LocalDate deadline, String link) {
    return new Notice(NoticeKind.CAMPAIGN_QUESTION, task,
        "Il controllo di gestione chiede il monitoraggio intermedio: «" + task + "». Risponda in Tasklist entro il "
            + ItalianDates.format(deadline) + "; dopo quel giorno la risposta risulterà «non pervenuto». La risposta non"
            + " cambia le fasi dell'obiettivo.", link);
  }

  /** A campaign's question not yet answered as its deadline comes. */
  public static Notice campaignDueSoon(String task, LocalDate deadline, long days, String link) {
    return new Notice(NoticeKind.CAMPAIGN_DUE_SOON, "Promemoria, risposta entro " + when(days) + ": «" + task + "»",
        "Il monitoraggio «" + task + "» attende ancora la Sua risposta, entro il " + ItalianDates.format(deadline) + " ("
            + when(days) + "); dopo quel giorno risulterà «non pervenuto». Risponda in Tasklist.", link);
  }

  private static String when(long days) {
    return days <= 0 ? "oggi" : days == 1 ? "domani" : "tra " + days + " giorni";
  }

  public static Notice dueSoon(String phase, String objective, LocalDate due, long days, String link) {
    String when = when(days);
    return new Notice(NoticeKind.DUE_SOON, "Fase in scadenza " + when + ": «" + phase + "» (" + objective + ")",
        "La fase «" + phase + "» dell'obiettivo " + objective + " ha la fine prevista il " + ItalianDates.format(due)
            + ", " + when + ". Se è conclusa, la completi in Tasklist.", link);
  }

  /** To the phase's responsible. */
  public static Notice lateToResponsible(String phase, String objective, LocalDate due, String link) {
    return new Notice(NoticeKind.LATE, "Fase in ritardo: «" + phase + "» (" + objective + ")",
        "La fase «" + phase + "» dell'obiettivo " + objective + " ha superato la fine prevista del "
            + ItalianDates.format(due) + " senza essere completata; il Dirigente ne è informato. La completi al più presto"
            + " in Tasklist.", link);
  }

  /** To the Dirigente, whose task is to urge the responsible. */
  public static Notice lateToManager(String phase, String objective, String responsible, LocalDate due, String link) {
    return new Notice(NoticeKind.LATE, "Fase in ritardo: «" + phase + "» (" + objective + ")",
        "La fase «" + phase + "» dell'obiettivo " + objective + ", affidata a " + responsible
            + ", ha superato la fine prevista del " + ItalianDates.format(due) + " senza essere completata."
            + " Solleciti il responsabile; il compito si chiude da solo quando la fase viene completata.", link);
  }

  public static Notice indicatorToRecord(String indicator, String expected, String objective, String link) {
    return new Notice(NoticeKind.INDICATOR_TO_RECORD, "Indicatore da rilevare: «" + indicator + "» (" + objective + ")",
        "Le fasi dell'obiettivo " + objective + " sono chiuse: rilevi il valore effettivo dell'indicatore «" + indicator
            + "» (valore atteso: " + expected + "), con una nota.", link);
  }

  public static Notice justificationAsked(String objective, String score, String band, String link) {
    return new Notice(NoticeKind.JUSTIFICATION_ASKED, "Scostamento da motivare: obiettivo " + objective,
        "L'obiettivo " + objective + " ha ottenuto il punteggio " + score + " (" + band + "): ne motivi lo scostamento"
            + " per la Relazione sulla performance.", link);
  }

  public static Notice validationWaiting(String objective, String score, String band, String link) {
    return new Notice(NoticeKind.VALIDATION_WAITING, "Rendicontazione da validare: obiettivo " + objective,
        "La rendicontazione dell'obiettivo " + objective + " (punteggio " + score + ", " + band + ") attende la"
            + " validazione del Nucleo di Valutazione. Il compito è del Nucleo: chi lo prende in carico lo approva"
            + " o lo rinvia al Dirigente con il motivo.", link);
  }

  /** To whoever gets a task again because the Nucleo sent the report back. */
  public static Notice sentBack(String task, String objective, String reason, String link) {
    return new Notice(NoticeKind.SENT_BACK, "Rendicontazione rinviata: " + task,
        "Il Nucleo di Valutazione ha rinviato la rendicontazione dell'obiettivo " + objective + " con questo motivo: «"
            + reason + "». Riveda il compito «" + task + "» in Tasklist.", link);
  }
}
