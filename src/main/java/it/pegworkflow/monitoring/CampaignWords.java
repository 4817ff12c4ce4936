package it.pegworkflow.monitoring;

/** The Italian words of the values the campaign process writes (docs/campaigns.md). */
final class CampaignWords {

  private CampaignWords() {}

  static String criticality(String value) {
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

  static String answer(String state) {
    return switch (state) {
      case "WAITING" -> "in attesa";
      case "ANSWERED" -> "risposto";
      case "MISSING" -> "non pervenuto";
      default -> state;
    };
  }
}
