package it.pegworkflow.campaigning;

import it.pegworkflow.platform.RefusedCommand;

/** The start form does not fit: no campaign starts, the message says why (400). */
class CampaignStartRefused extends RefusedCommand {

  CampaignStartRefused(String message) {
    super(400, message);
  }

  @Override
  public String logLabel() {
    return "Campagna non avviata, dati rifiutati";
  }
}
