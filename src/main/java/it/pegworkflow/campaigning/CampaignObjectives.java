package it.pegworkflow.campaigning;

import it.pegworkflow.store.CampaignStore;
import it.pegworkflow.store.CampaignStore.AskedPhase;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who the campaign asks, as the model's multi-instances read it: the objectives and, in each, the
 * phases that {@link OpenCampaign} wrote as asked (WAITING). One home for «who was asked»: our rows.
 */
@Component
public class CampaignObjectives {

  private final CampaignStore store;

  CampaignObjectives(CampaignStore store) {
    this.store = store;
  }

  public List<String> codes(Long campaignId) {
    return store.askedObjectives(campaignId);
  }

  public List<Integer> phases(Long campaignId, String objectiveCode) {
    return store.askedPhases(campaignId, objectiveCode).stream().map(AskedPhase::number).toList();
  }
}
