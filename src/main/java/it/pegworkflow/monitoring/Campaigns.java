package it.pegworkflow.monitoring;

import it.pegworkflow.campaign.CampaignStatus;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The monitoring campaigns as readers see them: the list, one campaign (the API, the report, the
 * Cockpit page), the last campaign's status of each objective (the dashboard) and of each phase (the
 * Gantt). The thresholds of {@link CampaignStatus} come from {@code peg.monitoring.thresholds.at-risk}
 * and {@code .critical} (percentage points behind the plan, default 10 and 25); wrong ones stop the start.
 */
@Component
public class Campaigns {

  private final CampaignQueries queries;
  private final CampaignStatus.Thresholds thresholds;

  Campaigns(CampaignQueries queries, @Value("${peg.monitoring.thresholds.at-risk:10}") BigDecimal atRisk,
      @Value("${peg.monitoring.thresholds.critical:25}") BigDecimal critical) {
    this.queries = queries;
    this.thresholds = new CampaignStatus.Thresholds(atRisk, critical);
  }

  /** A campaign in the list: its answers counted over the rows the reader sees. */
  public record Listed(Campaign campaign, CampaignReport.Answers answers) {}

  /** The campaigns in which the reader sees something (all of them for who follows every objective), latest first. */
  public List<Listed> list(Reader reader) {
    Map<Long, List<CampaignQueries.AnswerState>> rows = queries.answerStates().stream()
        .filter(a -> reader.follows(a.processInstanceId())
            || reader.userId().equals(a.personId()) && reader.mayRead(a.code(), a.processInstanceId()))
        .collect(Collectors.groupingBy(CampaignQueries.AnswerState::campaignId));
    return queries.campaigns().stream().filter(c -> reader.all() || rows.containsKey(c.id()))
        .map(c -> new Listed(c, answers(rows.getOrDefault(c.id(), List.of())))).toList();
  }

  /** Empty for an unknown campaign and for one in which the reader may read no objective. */
  public Optional<CampaignReport> report(long id, Reader reader) {
    return queries.campaign(id).map(c -> read(c, reader))
        .filter(r -> reader.all() || !r.objectives().isEmpty());
  }

  /** The year's latest campaign and each objective's status in it, as far as the reader may see it. */
  public record Latest(Campaign campaign, Map<String, CampaignStatus> statuses) {}

  public Optional<Latest> latest(int year, Reader reader) {
    return queries.latest(year).map(c -> {
      Map<String, CampaignStatus> statuses = new HashMap<>();
      read(c, reader).objectives().stream().filter(o -> o.status() != null)
          .forEach(o -> statuses.put(o.code(), o.status()));
      return new Latest(c, Map.copyOf(statuses));
    });
  }

  /** What the Gantt marks: each phase of the objective as the latest campaign that asked it found it. */
  public Map<Integer, GanttChart.CampaignMark> marks(String code, Reader reader) {
    return queries.latestAsking(code).map(c -> read(c, reader).objectives().stream()
            .filter(o -> o.code().equals(code)).flatMap(o -> o.phases().stream()).filter(p -> p.status() != null)
            .collect(Collectors.toMap(CampaignReport.Phase::number,
                p -> new GanttChart.CampaignMark(c.referenceDate(), p.realised(), p.status()))))
        .orElse(Map.of());
  }

  private CampaignReport read(Campaign campaign, Reader reader) {
    return CampaignReading.of(campaign, queries.objectives(campaign.id()), queries.phases(campaign.id()),
        queries.indicators(campaign.id()), reader, thresholds);
  }

  private static CampaignReport.Answers answers(List<CampaignQueries.AnswerState> rows) {
    int answered = (int) rows.stream().filter(r -> r.state().equals("ANSWERED")).count();
    int missing = (int) rows.stream().filter(r -> r.state().equals("MISSING")).count();
    return new CampaignReport.Answers(answered, rows.size() - answered - missing, missing);
  }
}
