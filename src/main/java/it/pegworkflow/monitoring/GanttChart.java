package it.pegworkflow.monitoring;

import it.pegworkflow.campaign.CampaignStatus;
import it.pegworkflow.italian.ItalianDates;
import it.pegworkflow.italian.ItalianNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Gantt of an objective as a standalone SVG: one bar per phase from planned start to planned
 * end, the completion inside it, the actual end as a marker, late phases in red, today's line, a
 * legend, Italian labels and dd/mm/yyyy dates. Under each bar, thin and grey, the phase as first
 * imported (the baseline, as project tools draw it, always); a phase added by a variation has none
 * and says so, a phase dropped by one is its baseline only, struck through, «soppressa». The latest
 * monitoring campaign that asked a phase marks it with a tick at its reference date and what was
 * reported («30/06: 40%», coloured by the phase's status). Every text from the data is escaped.
 */
public final class GanttChart {

  static final int WIDTH = 1000;
  static final int CHART_LEFT = 360;
  static final int CHART_RIGHT = 980;
  private static final int HEADER = 110;
  private static final int ROW = 60;
  private static final int BAR = 18;
  static final int BASELINE = 6;

  private final MonitoredObjective objective;
  private final List<MonitoredPhase> phases;
  private final Map<Integer, PlanVersions.BaselinePhase> baseline;
  private final LocalDate today;
  private final Map<Integer, CampaignMark> marks;
  private final LocalDate from;
  private final LocalDate until;
  private final Svg svg = new Svg();

  private GanttChart(MonitoredObjective objective, List<MonitoredPhase> phases,
      List<PlanVersions.BaselinePhase> baseline, LocalDate today, Map<Integer, CampaignMark> marks) {
    this.marks = marks;
    this.objective = objective;
    this.phases = phases;
    this.baseline = baseline.stream().collect(Collectors.toMap(PlanVersions.BaselinePhase::number, b -> b));
    this.today = today;
    LocalDate first = Stream.concat(phases.stream().map(MonitoredPhase::plannedStart),
            baseline.stream().map(PlanVersions.BaselinePhase::plannedStart))
        .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(LocalDate.of(objective.year(), 1, 1));
    LocalDate last = Stream.concat(phases.stream().flatMap(p -> Stream.of(p.plannedEnd(), p.actualEnd(),
            p.latestProgress() == null ? null : p.latestProgress().forecastEnd())),
            baseline.stream().map(PlanVersions.BaselinePhase::plannedEnd))
        .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(LocalDate.of(objective.year(), 12, 31));
    this.from = first.withDayOfMonth(1);
    this.until = last.withDayOfMonth(last.lengthOfMonth()).plusDays(1);
  }

  /** The Gantt of a plan no variation changed: its baseline is the plan itself. */
  public static String render(MonitoredObjective objective, List<MonitoredPhase> phases, LocalDate today) {
    return render(objective, phases, PlanVersions.baselinePhases(phases, List.of()), today);
  }

  /** {@code baseline}: the phases as first imported ({@link PlanVersions#baselinePhases}). */
  public static String render(MonitoredObjective objective, List<MonitoredPhase> phases,
      List<PlanVersions.BaselinePhase> baseline, LocalDate today) {
    return render(objective, phases, baseline, today, Map.of());
  }

  /** A phase at a campaign's reference date: the completion that counts, {@code null} when nobody answered. */
  public record CampaignMark(LocalDate referenceDate, BigDecimal realised, CampaignStatus status) {}

  /** {@code marks}: by phase number, what the latest campaign asking it found ({@code Campaigns#marks}). */
  public static String render(MonitoredObjective objective, List<MonitoredPhase> phases,
      List<PlanVersions.BaselinePhase> baseline, LocalDate today, Map<Integer, CampaignMark> marks) {
    return new GanttChart(objective, phases, baseline, today, marks).build();
  }

  private String build() {
    int chartBottom = HEADER + 30 + phases.size() * ROW;
    int height = chartBottom + 92;
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
        .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\" lang=\"it\">\n")
        .append("<title>").append(Svg.escape("Gantt " + objective.code() + " – " + objective.title())).append("</title>\n")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    header();
    months(chartBottom);
    for (int i = 0; i < phases.size(); i++) {
      phase(phases.get(i), HEADER + 30 + i * ROW);
    }
    todayLine(chartBottom);
    GanttLegend.draw(svg, chartBottom + 30, phases.stream().anyMatch(MonitoredPhase::removed),
        marks.values().stream().findFirst().map(CampaignMark::referenceDate).orElse(null));
    return svg.append("</svg>\n").toString();
  }

  private void header() {
    svg.text(20, 28, "title", "font-size=\"16\" font-weight=\"bold\"", objective.code() + " – " + Svg.shorten(objective.title(), 110));
    svg.text(20, 50, "organisation", "", "Direzione: " + objective.department() + " · Servizio: " + objective.unit()
        + " · Dirigente: " + objective.manager());
    String result = objective.score() == null ? "" : " · Punteggio: " + ItalianNumbers.decimal(objective.score())
        + (objective.band() == null ? "" : " · Fascia: " + objective.band());
    svg.text(20, 72, "state", "", "Stato: " + objective.stateLabel() + result + " · Situazione al " + ItalianDates.format(today));
  }

  private void months(int chartBottom) {
    for (LocalDate month = from; month.isBefore(until); month = month.plusMonths(1)) {
      double x = x(month);
      double next = x(month.plusMonths(1));
      svg.append(String.format(Locale.ROOT, "<line class=\"month\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#dddddd\"/>%n",
          x, HEADER + 10, x, chartBottom));
      String label = ItalianDates.shortMonth(month) + (month.getMonthValue() == 1 || month.equals(from) ? " " + month.getYear() : "");
      svg.text((x + next) / 2, HEADER + 24, "month-label", "text-anchor=\"middle\" fill=\"#555555\"", label);
    }
  }

  private void phase(MonitoredPhase phase, int top) {
    PlanVersions.BaselinePhase planned = baseline.get(phase.number());
    if (planned != null) {
      baselineBar(phase, planned, top);
    }
    if (phase.removed()) {
      removed(phase, planned, top);
      return;
    }
    String kind = (phase.wentLate() ? "bar late" : "bar") + (planned == null ? " added" : "");
    svg.text(20, top + 14, "phase-name", "", phase.number() + ". " + Svg.shorten(phase.name(), 52));
    PhaseProgress progress = phase.completion() == null ? phase.latestProgress() : null;
    String status = ItalianDates.format(phase.plannedStart()) + " – " + ItalianDates.format(phase.plannedEnd())
        + (phase.completion() == null ? "" : " · " + ItalianNumbers.percent(phase.completion()))
        + (progress == null ? "" : " · avanzamento " + ItalianNumbers.percent(progress.completion()) + " al "
            + ItalianDates.format(progress.recordedAt().toLocalDate()))
        + (phase.wentLate() ? " · in ritardo" : "") + (planned == null ? " · aggiunta con variazione" : "");
    svg.text(20, top + 30, "phase-dates", "fill=\"#555555\" font-size=\"11\"", status);
    svg.text(20, top + 45, "phase-responsible", "fill=\"#555555\" font-size=\"11\"", "Responsabile: " + Svg.shorten(Objects.toString(phase.responsible(), ""), 50));
    double x = x(phase.plannedStart());
    double width = x(phase.plannedEnd().plusDays(1)) - x;
    svg.append(String.format(Locale.ROOT,
        "<rect class=\"%s\" data-phase=\"%d\" data-start=\"%s\" data-end=\"%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"3\" fill=\"%s\" stroke=\"%s\">",
        kind, phase.number(), phase.plannedStart(), phase.plannedEnd(), x, top + 4, width, BAR,
        phase.wentLate() ? "#f5c6cb" : "#cfe2f3", phase.wentLate() ? "#c0392b" : "#3d85c6"));
    svg.append("<title>").append(Svg.escape(phase.number() + ". " + phase.name() + "\nPrevista: " + status
        + "\nResponsabile: " + phase.responsible() + (phase.responsibleRole() == null || phase.responsibleRole().isBlank()
        ? "" : " - " + phase.responsibleRole()))).append("</title></rect>\n");
    if (phase.completionSoFar() != null && phase.completionSoFar().signum() > 0) {
      double done = width * Math.min(100, phase.completionSoFar().doubleValue()) / 100;
      svg.append(String.format(Locale.ROOT,
          "<rect class=\"%s\" data-phase=\"%d\" data-completion=\"%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
          progress == null ? "completion" : "completion progress", phase.number(), phase.completionSoFar().toPlainString(),
          x, top + 10, done, BAR - 12, phase.wentLate() ? "#c0392b" : "#3d85c6"));
    }
    if (progress != null && progress.forecastEnd() != null) {
      forecastEnd(phase, progress, top);
    }
    if (marks.containsKey(phase.number())) {
      campaignMark(phase.number(), marks.get(phase.number()), top);
    }
    if (phase.actualEnd() != null) {
      double end = x(phase.actualEnd().plusDays(1));
      int middle = top + 4 + BAR / 2;
      svg.append(String.format(Locale.ROOT,
          "<path class=\"actual-end\" data-phase=\"%d\" data-date=\"%s\" d=\"M %.1f %d l 6 9 l -6 9 l -6 -9 z\" fill=\"#222222\">",
          phase.number(), phase.actualEnd(), end, middle - 9));
      svg.append("<title>").append(Svg.escape("Fine effettiva: " + ItalianDates.format(phase.actualEnd()))).append("</title></path>\n");
      // White halo so the date reads over the bar; near the right edge it goes left of the marker.
      boolean room = end + 75 < WIDTH;
      svg.text(room ? end + 9 : end - 9, middle + 4, "actual-end-label", (room ? "" : "text-anchor=\"end\" ")
          + "font-size=\"11\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\"", ItalianDates.format(phase.actualEnd()));
    }
  }

  /** A tick across the bar at the campaign's reference date, and under it what was reported then. */
  private void campaignMark(int number, CampaignMark mark, int top) {
    if (mark.referenceDate().isBefore(from) || !mark.referenceDate().isBefore(until)) {
      return;
    }
    double x = x(mark.referenceDate().plusDays(1));
    String colour = switch (mark.status()) {
      case ON_TRACK -> "#2e7d32";
      case AT_RISK -> "#d35400";
      case CRITICAL -> "#c0392b";
      case NOT_RECEIVED -> "#757575";
    };
    String said = ItalianDates.format(mark.referenceDate()).substring(0, 5) + ": "
        + (mark.realised() == null ? "non pervenuto" : ItalianNumbers.percent(mark.realised()));
    svg.append(String.format(Locale.ROOT,
        "<line class=\"campaign-mark\" data-phase=\"%d\" data-date=\"%s\" data-completion=\"%s\" data-status=\"%s\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\">",
        number, mark.referenceDate(), mark.realised() == null ? "" : mark.realised().toPlainString(), mark.status(), x,
        top, x, top + 4 + BAR + 10, colour));
    svg.append("<title>").append(Svg.escape("Monitoraggio al " + ItalianDates.format(mark.referenceDate()) + ": "
        + (mark.realised() == null ? "non pervenuto" : "realizzato " + ItalianNumbers.percent(mark.realised()))
        + " · " + mark.status().label())).append("</title></line>\n");
    boolean room = x + 90 < WIDTH;
    svg.text(room ? x + 4 : x - 4, top + 44, "campaign-mark-label", (room ? "" : "text-anchor=\"end\" ")
        + "font-size=\"10\" font-weight=\"bold\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\" fill=\"" + colour
        + "\"", said);
  }

  /** The phase as first imported: a thin grey bar under the current one. */
  private void baselineBar(MonitoredPhase phase, PlanVersions.BaselinePhase planned, int top) {
    if (planned.plannedStart() == null || planned.plannedEnd() == null) {
      return;
    }
    double x = x(planned.plannedStart());
    double width = Math.max(1, x(planned.plannedEnd().plusDays(1)) - x);
    svg.append(String.format(Locale.ROOT,
        "<rect class=\"baseline%s\" data-phase=\"%d\" data-start=\"%s\" data-end=\"%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\" stroke=\"%s\">",
        phase.removed() ? " removed" : "", phase.number(), planned.plannedStart(), planned.plannedEnd(), x,
        top + 4 + BAR + 3, width, BASELINE, phase.removed() ? "#d9d9d9" : "#9e9e9e", "#757575"));
    svg.append("<title>").append(Svg.escape("Pianificazione iniziale: " + ItalianDates.format(planned.plannedStart()) + " – "
        + ItalianDates.format(planned.plannedEnd()))).append("</title></rect>\n");
  }

  /** A phase a variation dropped: its name struck through, its baseline only, «soppressa». */
  private void removed(MonitoredPhase phase, PlanVersions.BaselinePhase planned, int top) {
    svg.text(20, top + 14, "phase-name removed", "fill=\"#888888\" text-decoration=\"line-through\"",
        phase.number() + ". " + Svg.shorten(phase.name(), 52));
    LocalDate start = planned == null ? phase.plannedStart() : planned.plannedStart();
    LocalDate end = planned == null ? phase.plannedEnd() : planned.plannedEnd();
    svg.text(20, top + 30, "phase-dates", "fill=\"#888888\" font-size=\"11\"",
        ItalianDates.format(start) + " – " + ItalianDates.format(end) + " · soppressa");
    svg.text(20, top + 45, "phase-responsible", "fill=\"#888888\" font-size=\"11\"",
        "Responsabile: " + Svg.shorten(Objects.toString(phase.responsible(), ""), 50));
    if (start != null && end != null) {
      svg.text(x(start) + 4, top + 17, "removed-label", "fill=\"#888888\" font-style=\"italic\"", "soppressa");
    }
  }

  /** Where the responsible now expects to finish: a hollow marker, the latest progress's forecast. */
  private void forecastEnd(MonitoredPhase phase, PhaseProgress progress, int top) {
    double end = x(progress.forecastEnd().plusDays(1));
    int middle = top + 4 + BAR / 2;
    svg.append(String.format(Locale.ROOT,
        "<path class=\"forecast-end\" data-phase=\"%d\" data-date=\"%s\" d=\"M %.1f %d l 6 9 l -6 9 l -6 -9 z\" fill=\"#ffffff\" stroke=\"#222222\" stroke-width=\"1.5\">",
        phase.number(), progress.forecastEnd(), end, middle - 9));
    svg.append("<title>").append(Svg.escape("Fine prevista: " + ItalianDates.format(progress.forecastEnd())
        + " (avanzamento del " + ItalianDates.format(progress.recordedAt().toLocalDate()) + ", " + progress.author() + ")"))
        .append("</title></path>\n");
  }

  private void todayLine(int chartBottom) {
    if (today.isBefore(from) || !today.isBefore(until)) {
      svg.text(CHART_RIGHT, HEADER + 4, "today-label", "text-anchor=\"end\" fill=\"#c0392b\"",
          "Oggi " + ItalianDates.format(today) + " (fuori dal periodo)");
      return;
    }
    double x = x(today);
    svg.append(String.format(Locale.ROOT,
        "<line class=\"today\" data-date=\"%s\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#c0392b\" stroke-width=\"2\" stroke-dasharray=\"5,3\"/>%n",
        today, x, HEADER + 8, x, chartBottom));
    svg.text(x, HEADER + 4, "today-label", "text-anchor=\"middle\" fill=\"#c0392b\"", "oggi " + ItalianDates.format(today));
  }

  /** The horizontal position of the start of {@code day}. */
  double x(LocalDate day) {
    double span = ChronoUnit.DAYS.between(from, until);
    return CHART_LEFT + (CHART_RIGHT - CHART_LEFT) * ChronoUnit.DAYS.between(from, day) / span;
  }
}
