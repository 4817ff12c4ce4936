package it.pegworkflow.web;

import it.pegworkflow.campaign.CampaignStatus;
import it.pegworkflow.monitoring.Campaigns;
import it.pegworkflow.monitoring.Dashboard;
import it.pegworkflow.monitoring.GanttChart;
import it.pegworkflow.monitoring.LateVariations;
import it.pegworkflow.monitoring.PlanVersions;
import it.pegworkflow.sheet.TargetReader;
import it.pegworkflow.monitoring.MonitoredObjective;
import it.pegworkflow.monitoring.MonitoringQueries;
import it.pegworkflow.monitoring.YearReportCsv;
import it.pegworkflow.monitoring.YearReportWorkbook;
import it.pegworkflow.objective.ObjectiveState;
import it.pegworkflow.monitoring.Reader;
import it.pegworkflow.process.PlanningCalendar;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The PEG monitoring: the Cockpit dashboard's data, an objective's Gantt and the year-end report.
 * Everything is limited to the objectives whose process instance the user may read.
 */
@RestController
@RequestMapping("/api")
class MonitoringController {

  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
  static final MediaType SVG = MediaType.parseMediaType("image/svg+xml;charset=UTF-8");

  private final MonitoringQueries queries;
  private final Readers readers;
  private final PlanningCalendar calendar;
  private final Campaigns campaigns;

  MonitoringController(MonitoringQueries queries, Readers readers, PlanningCalendar calendar, Campaigns campaigns) {
    this.campaigns = campaigns;
    this.queries = queries;
    this.readers = readers;
    this.calendar = calendar;
  }

  /** Without a year, the latest year that has objectives; {@code campaignStatus}: the status in the year's latest campaign. */
  @GetMapping("/dashboard")
  Dashboard dashboard(@RequestParam(required = false) Integer year, @RequestParam(required = false) String department,
      @RequestParam(required = false) String unit, @RequestParam(required = false) ObjectiveState state,
      @RequestParam(defaultValue = "false") boolean lateOnly, @RequestParam(defaultValue = "false") boolean variedOnly,
      @RequestParam(required = false) CampaignStatus campaignStatus) {
    List<Integer> years = queries.years();
    int shown = year != null ? year : years.isEmpty() ? calendar.today().getYear() : years.get(0);
    Reader reader = readers.current();
    return Dashboard.of(shown, years, queries.objectives(shown), reader,
        new Dashboard.Filter(department, unit, state, lateOnly, variedOnly), campaigns.latest(shown, reader), campaignStatus);
  }

  /** The current plan, and under it the baseline (the plan as first imported). */
  @GetMapping("/objectives/{code}/gantt.svg")
  ResponseEntity<String> gantt(@PathVariable String code) {
    Reader reader = readers.current();
    MonitoredObjective objective = queries.objective(code).filter(reader::mayRead)
        .orElseThrow(() -> new UnknownObjective(code));
    var rows = queries.phases(code);
    var baseline = PlanVersions.baselinePhases(rows, queries.planChanges(code));
    var phases = rows.stream().map(p -> reader.seen(objective, p)).toList();
    return ResponseEntity.ok().contentType(SVG)
        .body(GanttChart.render(reader.seen(objective), phases, baseline, calendar.today(), campaigns.marks(code, reader)));
  }

  /** The dashboard's filters, optional: its links download what it shows. */
  @GetMapping("/reports/{year}.xlsx")
  ResponseEntity<byte[]> workbook(@PathVariable int year, @RequestParam(required = false) String department,
      @RequestParam(required = false) String unit, @RequestParam(required = false) ObjectiveState state,
      @RequestParam(defaultValue = "false") boolean lateOnly, @RequestParam(defaultValue = "false") boolean variedOnly)
      throws IOException {
    Reader reader = readers.current();
    var filter = new Dashboard.Filter(department, unit, state, lateOnly, variedOnly);
    Map<String, MonitoredObjective> readable = queries.objectives(year).stream().filter(reader::mayRead)
        .filter(o -> filter.matches(reader.seen(o)))
        .collect(Collectors.toMap(MonitoredObjective::code, o -> o, (a, b) -> a, LinkedHashMap::new));
    var objectives = readable.values().stream().map(reader::seen).toList();
    var rows = queries.phases(year).stream().filter(p -> readable.containsKey(p.objectiveCode())).toList();
    var phases = rows.stream().map(p -> reader.seen(readable.get(p.objectiveCode()), p)).toList();
    var indicators = queries.indicators(year).stream().filter(i -> readable.containsKey(i.objectiveCode()))
        .map(i -> reader.seen(readable.get(i.objectiveCode()), i)).toList();
    // Variations change the plan, which every reader of the objective sees.
    var changes = queries.planChanges(year).stream().filter(c -> readable.containsKey(c.objectiveCode())).toList();
    var flagged = LateVariations.flaggedCodes(changes, rows, words -> TargetReader.read(words, year));
    var today = calendar.today();
    return download("relazione-performance-" + year + ".xlsx", XLSX,
        out -> YearReportWorkbook.write(objectives, phases, indicators, changes, flagged, today, out));
  }

  @GetMapping("/reports/{year}.csv")
  ResponseEntity<byte[]> csv(@PathVariable int year, @RequestParam(required = false) String department,
      @RequestParam(required = false) String unit, @RequestParam(required = false) ObjectiveState state,
      @RequestParam(defaultValue = "false") boolean lateOnly, @RequestParam(defaultValue = "false") boolean variedOnly)
      throws IOException {
    var filter = new Dashboard.Filter(department, unit, state, lateOnly, variedOnly);
    var objectives = visibleObjectives(year).stream().filter(filter::matches).toList();
    var codes = objectives.stream().map(MonitoredObjective::code).collect(Collectors.toSet());
    var flagged = LateVariations.flaggedCodes(
        queries.planChanges(year).stream().filter(c -> codes.contains(c.objectiveCode())).toList(),
        queries.phases(year).stream().filter(p -> codes.contains(p.objectiveCode())).toList(),
        words -> TargetReader.read(words, year));
    return download("obiettivi-" + year + ".csv", CSV,
        out -> YearReportCsv.write(objectives, flagged, new OutputStreamWriter(out, StandardCharsets.UTF_8)));
  }

  private List<MonitoredObjective> visibleObjectives(int year) {
    Reader reader = readers.current();
    return queries.objectives(year).stream().filter(reader::mayRead).map(reader::seen).toList();
  }

  private static ResponseEntity<byte[]> download(String name, MediaType type, Body body) throws IOException {
    var bytes = new ByteArrayOutputStream();
    body.write(bytes);
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(bytes.toByteArray());
  }

  private interface Body {
    void write(java.io.OutputStream out) throws IOException;
  }
}
