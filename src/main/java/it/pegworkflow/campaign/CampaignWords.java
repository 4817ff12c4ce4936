package it.pegworkflow.campaign;

/**
 * The Italian words of the values the campaign process stores (docs/campaigns.md): what the forms
 * show and what the reports write.
 */
public final class CampaignWords {

  private CampaignWords() {}

  public static String criticality(String value) {
    if (value == null) {
      return null;
    }
    return switch (value) {
      case "NONE" -> "nessuna";
      case "AT_RISK" -> "a rischio";
      case "CRITICAL" -> "critica";
      default -> value;
    };
  }

  public static String answer(String state) {
    return switch (state) {
      case "WAITING" -> "in attesa";
      case "ANSWERED" -> "risposto";
      case "MISSING" -> "non pervenuto";
      default -> state;
    };
  }
}
