package it.pegworkflow.mail;

import it.pegworkflow.italian.ItalianDates;
import java.time.LocalDate;
import java.util.List;

/** Notices become e-mails: one alone, or a day's in a digest; plain text and HTML say the same. */
public final class Letters {

  static final String SUBJECT_PREFIX = "PEG – ";
  static final String FOOTER = "Messaggio automatico di PEG Workflow: non risponda a questa e-mail. Per ricevere ogni avviso"
      + " subito, un riepilogo al giorno o nessuna e-mail, lo chieda all'amministratore di PEG Workflow.";

  private Letters() {}

  public static Letter single(String recipient, Notice notice) {
    String text = greeting(recipient) + "\n\n" + notice.body() + "\n\nApra il compito in Tasklist: " + notice.link()
        + "\n\n-- \n" + FOOTER + "\n";
    String html = "<p>" + escape(greeting(recipient)) + "</p>\n<p>" + escape(notice.body()) + "</p>\n<p><a href=\""
        + escape(notice.link()) + "\">Apra il compito in Tasklist</a></p>\n" + footerHtml();
    return new Letter(SUBJECT_PREFIX + notice.subject(), text, page(html));
  }

  public static Letter digest(String recipient, List<Notice> notices, LocalDate day) {
    String count = notices.size() == 1 ? "1 avviso" : notices.size() + " avvisi";
    StringBuilder text = new StringBuilder(greeting(recipient)).append("\n\necco gli avvisi di PEG Workflow dall'ultimo riepilogo (")
        .append(count).append("):\n");
    StringBuilder html = new StringBuilder("<p>").append(escape(greeting(recipient)))
        .append("</p>\n<p>ecco gli avvisi di PEG Workflow dall'ultimo riepilogo (").append(count).append("):</p>\n<ol>\n");
    int number = 0;
    for (Notice notice : notices) {
      number++;
      text.append("\n").append(number).append(". ").append(notice.subject()).append("\n   ").append(notice.body())
          .append("\n   Compito in Tasklist: ").append(notice.link()).append("\n");
      html.append("<li><p><strong>").append(escape(notice.subject())).append("</strong><br>").append(escape(notice.body()))
          .append("<br><a href=\"").append(escape(notice.link())).append("\">Apra il compito in Tasklist</a></p></li>\n");
    }
    text.append("\n-- \n").append(FOOTER).append("\n");
    html.append("</ol>\n").append(footerHtml());
    return new Letter(SUBJECT_PREFIX + "Riepilogo del " + ItalianDates.format(day) + ": " + count, text.toString(),
        page(html.toString()));
  }

  private static String greeting(String recipient) {
    return recipient == null || recipient.isBlank() ? "Buongiorno," : "Gentile " + recipient + ",";
  }

  private static String footerHtml() {
    return "<hr>\n<p style=\"color:#666;font-size:small\">" + escape(FOOTER) + "</p>\n";
  }

  private static String page(String body) {
    return "<!DOCTYPE html>\n<html lang=\"it\"><head><meta charset=\"UTF-8\"></head><body>\n" + body + "</body></html>\n";
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
