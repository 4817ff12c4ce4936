package it.pegworkflow.monitoring;

import it.pegworkflow.campaign.CampaignWords;
import it.pegworkflow.campaign.CampaignStatus;
import it.pegworkflow.monitoring.CampaignReport.Answer;
import it.pegworkflow.monitoring.CampaignReport.Answers;
import it.pegworkflow.monitoring.CampaignReport.Correction;
import it.pegworkflow.monitoring.CampaignReport.Indicator;
import it.pegworkflow.monitoring.CampaignReport.Objective;
import it.pegworkflow.monitoring.CampaignReport.Phase;
import it.pegworkflow.monitoring.CampaignReport.Unanswered;
import it.pegworkflow.monitoring.AskedRows.AskedIndicator;
import it.pegworkflow.monitoring.AskedRows.AskedObjective;
import it.pegworkflow.monitoring.AskedRows.AskedPhase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A campaign's rows made into what a reader sees ({@link Reader}'s rule, as for the objectives): who
 * follows an objective sees all of it, its status and who has not answered; a responsible of one of its
 * phases sees the plan of every phase asked and the answers of their own, nothing of the colleagues'
 * answers, of the Dirigente's, of the indicators, nor the objective's status (it says how the others went).
 */
final class CampaignReading {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Reader reader;
  private final CampaignStatus.Thresholds thresholds;
  private final List<Unanswered> unanswered = new ArrayList<>();
  private int answered;
  private int waiting;
  private int missing;

  private CampaignReading(Reader reader, CampaignStatus.Thresholds thresholds) {
    this.reader = reader;
    this.thresholds = thresholds;
  }

  static CampaignReport of(Campaign campaign, List<AskedObjective> objectives, List<AskedPhase> phases,
      List<AskedIndicator> indicators, Reader reader, CampaignStatus.Thresholds thresholds) {
    Map<String, List<AskedPhase>> phasesOf = phases.stream().collect(Collectors.groupingBy(AskedPhase::code));
    Map<String, List<AskedIndicator>> indicatorsOf = indicators.stream()
        .collect(Collectors.groupingBy(AskedIndicator::code));
    CampaignReading reading = new CampaignReading(reader, thresholds);
    List<Objective> seen = objectives.stream().filter(o -> reader.mayRead(o.code(), o.processInstanceId()))
        .map(o -> reading.objective(o, phasesOf.getOrDefault(o.code(), List.of()),
            indicatorsOf.getOrDefault(o.code(), List.of())))
        .toList();
    return new CampaignReport(campaign, thresholds, new Answers(reading.answered, reading.waiting, reading.missing),
        seen, List.copyOf(reading.unanswered));
  }

  private Objective objective(AskedObjective o, List<AskedPhase> asked, List<AskedIndicator> indicators) {
    boolean follows = reader.follows(o.processInstanceId());
    List<Phase> phases = new ArrayList<>();
    for (AskedPhase p : asked) {
      boolean own = follows || reader.userId().equals(p.responsibleId());
      phases.add(own ? answered(p) : asPlanned(p));
      if (own) {
        count(o, p.state(), p.number(), p.name(), p.responsible(), p.responsibleId(), "Responsabile della fase");
      }
    }
    if (!follows) {
      return new Objective(o.code(), o.title(), o.department(), o.unit(), o.manager(), o.managerId(), null, null, null,
          null, null, null, null, null, phases, List.of());
    }
    count(o, o.state(), null, null, o.manager(), o.managerId(), "Dirigente");
    CampaignStatus status = CampaignStatus.ofObjective("ANSWERED".equals(o.state()),
        phases.stream().map(Phase::status).toList());
    long doneNow = phases.stream().filter(p -> p.realised() != null && p.realised().compareTo(HUNDRED) >= 0).count();
    return new Objective(o.code(), o.title(), o.department(), o.unit(), o.manager(), o.managerId(), o.state(),
        CampaignWords.answer(o.state()), o.comment(), o.answeredBy(), o.answeredAt(), status, status.label(),
        o.openPhases() == doneNow, phases, indicators.stream()
            .map(i -> new Indicator(i.number(), i.description(), i.target(), i.intermediateValue(), i.missingReason()))
            .toList());
  }

  private Phase answered(AskedPhase p) {
    boolean answer = "ANSWERED".equals(p.state());
    BigDecimal realised = answer ? p.realised() : null;
    CampaignStatus status = CampaignStatus.of(new CampaignStatus.PhaseAnswer(answer, p.plannedProgress(), p.plannedEnd(),
        realised, p.criticalityCounted(), p.forecastEndCounted()), thresholds);
    Correction correction = p.corrected() ? new Correction(p.correctedCompletion(), p.correctedForecastEnd(),
        p.correctedCriticality(), CampaignWords.criticality(p.correctedCriticality()), p.correctionNote(), p.correctedBy())
        : null;
    return new Phase(p.number(), p.name(), p.responsible(), p.responsibleId(), p.plannedStart(), p.plannedEnd(),
        p.plannedProgress(), p.state(), CampaignWords.answer(p.state()), realised,
        realised == null ? null : HUNDRED.subtract(realised).max(BigDecimal.ZERO), p.criticalityCounted(),
        CampaignWords.criticality(p.criticalityCounted()), p.forecastEndCounted(), p.note(), p.proposal(),
        p.answeredBy(), p.answeredAt(), new Answer(p.completion(), p.forecastEnd(), p.criticality(),
            CampaignWords.criticality(p.criticality())), correction, status, status.label());
  }

  /** A colleague's phase: its plan and the plan's progress at the date, nothing of the answer. */
  private static Phase asPlanned(AskedPhase p) {
    return new Phase(p.number(), p.name(), p.responsible(), p.responsibleId(), p.plannedStart(), p.plannedEnd(),
        p.plannedProgress(), null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  private void count(AskedObjective o, String state, Integer phase, String phaseName, String person, String personId,
      String role) {
    switch (state) {
      case "ANSWERED" -> answered++;
      case "MISSING" -> missing++;
      default -> waiting++;
    }
    if (!"ANSWERED".equals(state)) {
      unanswered.add(new Unanswered(o.code(), o.title(), phase, phaseName, person, personId, role, state,
          CampaignWords.answer(state)));
    }
  }
}
