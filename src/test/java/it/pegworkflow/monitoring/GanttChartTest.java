package it.pegworkflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import it.pegworkflow.objective.Objective;
import it.pegworkflow.objective.ObjectiveState;
import it.pegworkflow.objective.PhaseState;
import it.pegworkflow.sheet.SheetParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Gantt of the real Firenze sheet 2017_ZN02, parsed back as XML. */
class GanttChartTest {

  private static final LocalDate TODAY = LocalDate.of(2017, 12, 5);

  @Test
  void marksWhatTheLatestCampaignFoundAtItsReferenceDateColouredByTheStatus() throws Exception {
    LocalDate june = LocalDate.of(2017, 6, 30);
    var marks = java.util.Map.of(
        1, new GanttChart.CampaignMark(june, new BigDecimal("40.00"), it.pegworkflow.campaign.CampaignStatus.AT_RISK),
        2, new GanttChart.CampaignMark(june, null, it.pegworkflow.campaign.CampaignStatus.NOT_RECEIVED),
        3, new GanttChart.CampaignMark(LocalDate.of(2016, 6, 30), new BigDecimal("10"),
            it.pegworkflow.campaign.CampaignStatus.CRITICAL));
    var phases = phasesOfTheRealSheet();
    Document svg = parse(GanttChart.render(objective("Promuovere l'integrazione"), phases,
        PlanVersions.baselinePhases(phases, List.of()), TODAY, marks));

    List<Element> ticks = elements(svg, "line", "campaign-mark");
    assertThat(ticks).extracting(t -> t.getAttribute("data-phase"), t -> t.getAttribute("data-status"), t -> t.getAttribute("stroke"))
        .as("a reference date outside the chart's period draws nothing")
        .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "AT_RISK", "#d35400"),
            org.assertj.core.groups.Tuple.tuple("2", "NOT_RECEIVED", "#757575"));
    double span = GanttChart.CHART_RIGHT - GanttChart.CHART_LEFT;
    assertThat(number(ticks.get(0), "x1")).as("at the end of 30 June, 181 days in")
        .isCloseTo(GanttChart.CHART_LEFT + span * 181 / 365, within(0.1));
    assertThat(texts(svg, "campaign-mark-label")).containsExactly("30/06: 40%", "30/06: non pervenuto");
    assertThat(svg.getDocumentElement().getTextContent()).contains("Monitoraggio al 30/06/2017: realizzato 40% · a rischio");
  }

  @Test
  void drawsOneBarPerPhaseFromPlannedStartToPlannedEndWithItalianDates() throws Exception {
    Document svg = parse(GanttChart.render(objective("Promuovere l'integrazione"), phasesOfTheRealSheet(), TODAY));

    List<Element> bars = elements(svg, "rect", "bar");
    assertThat(bars).extracting(b -> b.getAttribute("data-phase"), b -> b.getAttribute("data-start"),
            b -> b.getAttribute("data-end"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1", "2017-01-01", "2017-12-31"),
            org.assertj.core.groups.Tuple.tuple("2", "2017-03-01", "2017-11-30"),
            org.assertj.core.groups.Tuple.tuple("3", "2017-01-01", "2017-12-31"),
            org.assertj.core.groups.Tuple.tuple("4", "2017-01-01", "2017-12-31"));
    // The axis runs over the year 2017 (365 days): March 1st is 59 days in.
    double left = GanttChart.CHART_LEFT;
    double span = GanttChart.CHART_RIGHT - GanttChart.CHART_LEFT;
    assertThat(number(bars.get(0), "x")).isCloseTo(left, within(0.1));
    assertThat(number(bars.get(0), "width")).isCloseTo(span, within(0.1));
    assertThat(number(bars.get(1), "x")).isCloseTo(left + span * 59 / 365, within(0.1));
    assertThat(number(bars.get(1), "width")).isCloseTo(span * 275 / 365, within(0.1));

    assertThat(texts(svg, "phase-dates")).containsExactly(
        "01/01/2017 – 31/12/2017 · 100%",
        "01/03/2017 – 30/11/2017 · 100% · in ritardo",
        "01/01/2017 – 31/12/2017 · 80%",
        "01/01/2017 – 31/12/2017");
    assertThat(texts(svg, "phase-name").get(1)).startsWith("2. Stipula protocolli d'intesa");
    assertThat(texts(svg, "phase-responsible")).as("who answers for each phase").containsExactly(
        "Responsabile: VERNA MARCO", "Responsabile: BONANNI GIUSEPPINA", "Responsabile: BONANNI GIUSEPPINA",
        "Responsabile: DEL MORO SANDRA");
    assertThat(texts(svg, "month-label")).hasSize(12).startsWith("gen 2017", "feb", "mar").endsWith("dic");
  }

  @Test
  void marksLatePhasesActualEndsCompletionAndToday() throws Exception {
    Document svg = parse(GanttChart.render(objective("Promuovere l'integrazione"), phasesOfTheRealSheet(), TODAY));

    assertThat(elements(svg, "rect", "late")).extracting(e -> e.getAttribute("data-phase")).containsExactly("2");
    assertThat(elements(svg, "path", "actual-end")).extracting(e -> e.getAttribute("data-phase"),
            e -> e.getAttribute("data-date"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "2017-12-05"),
            org.assertj.core.groups.Tuple.tuple("2", "2017-12-04"), org.assertj.core.groups.Tuple.tuple("3", "2017-06-15"));
    assertThat(texts(svg, "actual-end-label")).containsExactly("05/12/2017", "04/12/2017", "15/06/2017");
    List<Element> completions = elements(svg, "rect", "completion");
    List<Element> bars = elements(svg, "rect", "bar");
    assertThat(number(completions.get(2), "width")).isCloseTo(number(bars.get(2), "width") * 0.8, within(0.1));
    Element today = elements(svg, "line", "today").get(0);
    assertThat(today.getAttribute("data-date")).isEqualTo("2017-12-05");
    assertThat(texts(svg, "today-label")).containsExactly("oggi 05/12/2017");
    assertThat(svg.getDocumentElement().getTextContent())
        .contains("Periodo previsto", "Completamento", "Fase in ritardo", "Fine effettiva", "Oggi")
        .contains("Direzione: SERVIZI SOCIALI · Servizio: SERVIZIO SOCIALE AMMINISTRATIVO · Dirigente: FOTI FILIPPO")
        .contains("Stato: in corso · Situazione al 05/12/2017");
  }

  @Test
  void escapesEveryTextSoThatNamesWithMarkupStayText() throws Exception {
    String title = "Servizi <b>\"nuovi\"</b> & 'vecchi'";
    List<MonitoredPhase> phases = new ArrayList<>(phasesOfTheRealSheet());
    MonitoredPhase first = phases.get(0);
    phases.set(0, new MonitoredPhase(first.objectiveCode(), 1, "Fase <script>alert(1)</script> & \"altro\"",
        first.plannedStart(), first.plannedEnd(), first.weight(), first.responsible(), "", "vernamarco", "", null, "",
        first.state(), false, null, null, null, null));

    String rendered = GanttChart.render(objective(title), phases, TODAY);
    Document svg = parse(rendered);

    assertThat(rendered).doesNotContain("<script>", "<b>");
    assertThat(texts(svg, "title").get(0)).isEqualTo("2017_ZN02 – " + title);
    assertThat(texts(svg, "phase-name").get(0)).isEqualTo("1. Fase <script>alert(1)</script> & \"altro\"");
  }

  @Test
  void aRunningPhaseShowsItsLatestProgressAndTheForecastEnd() throws Exception {
    List<MonitoredPhase> phases = new ArrayList<>(phasesOfTheRealSheet());
    MonitoredPhase running = phases.get(3);
    phases.set(3, new MonitoredPhase(running.objectiveCode(), 4, running.name(), running.plannedStart(), running.plannedEnd(),
        running.weight(), running.responsible(), "", "responsabile3", "", null, "", PhaseState.RUNNING, false, null, null,
        null, new PhaseProgress(new BigDecimal("40"), TODAY.minusDays(3).atTime(10, 30), "responsabile3", "VERNA MARCO",
            LocalDate.of(2018, 1, 15), "A buon punto")));

    Document svg = parse(GanttChart.render(objective("x"), phases, TODAY));

    var bar = elements(svg, "rect", "progress");
    assertThat(bar).hasSize(1);
    assertThat(bar.get(0).getAttribute("data-phase")).isEqualTo("4");
    assertThat(bar.get(0).getAttribute("data-completion")).isEqualTo("40");
    assertThat(texts(svg, "phase-dates").get(3)).contains("avanzamento 40", "al 02/12/2017");
    var forecast = elements(svg, "path", "forecast-end");
    assertThat(forecast).hasSize(1);
    assertThat(forecast.get(0).getAttribute("data-date")).isEqualTo("2018-01-15");
    assertThat(forecast.get(0).getTextContent()).contains("Fine prevista: 15/01/2018", "VERNA MARCO");
  }

  @Test
  void aTodayOutsideThePeriodIsWrittenNotDrawn() throws Exception {
    Document svg = parse(GanttChart.render(objective("x"), phasesOfTheRealSheet(), LocalDate.of(2026, 5, 4)));
    assertThat(elements(svg, "line", "today")).isEmpty();
    assertThat(texts(svg, "today-label")).containsExactly("Oggi 04/05/2026 (fuori dal periodo)");
  }

  @Test
  void underEachPhaseAThinBarShowsItsBaselineAlwaysAndWhereTheVariationMovedIt() throws Exception {
    List<MonitoredPhase> phases = phasesOfTheRealSheet();
    List<PlanVersions.BaselinePhase> baseline = new ArrayList<>(PlanVersions.baselinePhases(phases, List.of()));
    baseline.set(1, new PlanVersions.BaselinePhase(2, phases.get(1).name(), LocalDate.of(2017, 3, 1),
        LocalDate.of(2017, 10, 31), new BigDecimal("20"), "BONANNI GIUSEPPINA"));

    Document svg = parse(GanttChart.render(objective("x"), phases, baseline, TODAY));

    List<Element> bars = elements(svg, "rect", "bar");
    List<Element> baselines = elements(svg, "rect", "baseline");
    assertThat(baselines).extracting(b -> b.getAttribute("data-phase"), b -> b.getAttribute("data-end"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "2017-12-31"), org.assertj.core.groups.Tuple.tuple("2", "2017-10-31"),
            org.assertj.core.groups.Tuple.tuple("3", "2017-12-31"), org.assertj.core.groups.Tuple.tuple("4", "2017-12-31"));
    // Thin, right under its phase's bar, from the baseline's start to its end (31/10 is 304 days in).
    double span = GanttChart.CHART_RIGHT - GanttChart.CHART_LEFT;
    assertThat(number(baselines.get(1), "y")).isGreaterThan(number(bars.get(1), "y") + number(bars.get(1), "height"));
    assertThat(number(baselines.get(1), "height")).isLessThan(number(bars.get(1), "height") / 2);
    assertThat(number(baselines.get(1), "width")).isCloseTo(span * 245 / 365, within(0.1));
    assertThat(baselines.get(1).getTextContent()).isEqualTo("Pianificazione iniziale: 01/03/2017 – 31/10/2017");
    assertThat(svg.getDocumentElement().getTextContent()).contains("Pianificazione iniziale")
        .doesNotContain("soppressa", "aggiunta con variazione");
  }

  @Test
  void aPhaseAddedByAVariationHasNoBaselineADroppedOneIsItsBaselineOnlyStruckThrough() throws Exception {
    List<MonitoredPhase> phases = new ArrayList<>(phasesOfTheRealSheet());
    List<PlanVersions.BaselinePhase> baseline = PlanVersions.baselinePhases(phases, List.of());
    MonitoredPhase fourth = phases.get(3);
    phases.set(3, new MonitoredPhase(fourth.objectiveCode(), 4, fourth.name(), fourth.plannedStart(), fourth.plannedEnd(),
        fourth.weight(), fourth.responsible(), "", "responsabile3", "", null, "", PhaseState.REMOVED, false, null, null,
        null, null));
    phases.add(new MonitoredPhase(fourth.objectiveCode(), 5, "Monitoraggio", LocalDate.of(2017, 9, 1),
        LocalDate.of(2017, 12, 31), new BigDecimal("30"), "VERNA MARCO", "", "vernamarco", "", null, "", PhaseState.PLANNED,
        false, null, null, null, null));

    Document svg = parse(GanttChart.render(objective("x"), phases, baseline, TODAY));

    assertThat(elements(svg, "rect", "bar")).extracting(b -> b.getAttribute("data-phase")).containsExactly("1", "2", "3", "5");
    assertThat(elements(svg, "rect", "added")).extracting(b -> b.getAttribute("data-phase")).containsExactly("5");
    assertThat(elements(svg, "rect", "baseline")).extracting(b -> b.getAttribute("data-phase")).containsExactly("1", "2", "3", "4");
    assertThat(elements(svg, "rect", "removed")).extracting(b -> b.getAttribute("data-phase")).containsExactly("4");
    Element struck = elements(svg, "text", "removed").get(0);
    assertThat(struck.getAttribute("text-decoration")).isEqualTo("line-through");
    assertThat(struck.getTextContent()).startsWith("4. Ricerca finanziamenti");
    assertThat(texts(svg, "phase-dates").subList(3, 5))
        .containsExactly("01/01/2017 – 31/12/2017 · soppressa", "01/09/2017 – 31/12/2017 · aggiunta con variazione");
    assertThat(texts(svg, "removed-label")).containsExactly("soppressa");
    assertThat(svg.getDocumentElement().getTextContent()).contains("Fase soppressa da una variazione");
  }

  /** The real sheet's phases as the process leaves them on 5 December 2017 (see EngineRestLifecycleTest). */
  static List<MonitoredPhase> phasesOfTheRealSheet() {
    Objective sheet = SheetParser.parse(realSheet()).get(0);
    List<MonitoredPhase> phases = new ArrayList<>();
    String[] completions = {"100", "100", "80", null};
    LocalDate[] ends = {TODAY, LocalDate.of(2017, 12, 4), LocalDate.of(2017, 6, 15), null};
    for (var phase : sheet.phases()) {
      int i = phase.number() - 1;
      phases.add(new MonitoredPhase(sheet.code(), phase.number(), phase.name(), phase.plannedStart(), phase.plannedEnd(),
          phase.weight().orElse(null), phase.responsible().fullName(), phase.responsible().role(), "responsabile" + i,
          phase.centre(), null, phase.note(), ends[i] == null ? PhaseState.RUNNING : PhaseState.COMPLETED, i == 1,
          completions[i] == null ? null : new BigDecimal(completions[i]), ends[i], null, null));
    }
    return phases;
  }

  private static MonitoredObjective objective(String title) {
    return new MonitoredObjective("2017_ZN02", 2017, title, "SERVIZI SOCIALI", "CAVALLERI VINCENZO",
        "SERVIZIO SOCIALE AMMINISTRATIVO", "FOTI FILIPPO", "fotifilippo", "DIREZIONALE", "SVILUPPO", "", "pi",
        ObjectiveState.RUNNING, "in corso", false, 4, 3, 1, 0, null, null, null, null, null, null, null, 0);
  }

  private static byte[] realSheet() {
    try (InputStream in = GanttChartTest.class.getResourceAsStream("/sheets/2017_ZN02.txt")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Document parse(String svg) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> elements(Document svg, String tag, String cssClass) {
    NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element element = (Element) nodes.item(i);
      if (List.of(element.getAttribute("class").split(" ")).contains(cssClass)) {
        found.add(element);
      }
    }
    return found;
  }

  static List<String> texts(Document svg, String cssClass) {
    return elements(svg, "text", cssClass).stream().map(Element::getTextContent).toList();
  }

  private static double number(Element element, String attribute) {
    return Double.parseDouble(element.getAttribute(attribute));
  }
}
