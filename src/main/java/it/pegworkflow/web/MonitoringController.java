package it.pegworkflow.web;

import it.pegworkflow.monitoring.Dashboard;
import it.pegworkflow.monitoring.GanttChart;
import it.pegworkflow.monitoring.MonitoredObjective;
import it.pegworkflow.monitoring.MonitoringQueries;
import it.pegworkflow.monitoring.YearReportCsv;
import it.pegworkflow.monitoring.YearReportWorkbook;
import it.pegworkflow.objective.ObjectiveState;
import it.pegworkflow.process.ObjectiveVisibility;
import it.pegworkflow.process.PlanningCalendar;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
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
  private final ObjectiveVisibility visibility;
  private final PlanningCalendar calendar;

  MonitoringController(MonitoringQueries queries, ObjectiveVisibility visibility, PlanningCalendar calendar) {
    this.queries = queries;
    this.visibility = visibility;
    this.calendar = calendar;
  }

  /** Without a year, the latest year that has objectives. */
  @GetMapping("/dashboard")
  Dashboard dashboard(@RequestParam(required = false) Integer year, @RequestParam(required = false) String department,
      @RequestParam(required = false) String unit, @RequestParam(required = false) ObjectiveState state,
      @RequestParam(defaultValue = "false") boolean lateOnly) {
    List<Integer> years = queries.years();
    int shown = year != null ? year : years.isEmpty() ? calendar.today().getYear() : years.get(0);
    var visible = visibility.forCurrentUser();
    return Dashboard.of(shown, years, queries.objectives(shown), o -> visible.includes(o.processInstanceId()),
        new Dashboard.Filter(department, unit, state, lateOnly));
  }

  @GetMapping("/objectives/{code}/gantt.svg")
  ResponseEntity<String> gantt(@PathVariable String code) {
    MonitoredObjective objective = queries.objective(code)
        .filter(o -> visibility.forCurrentUser().includes(o.processInstanceId()))
        .orElseThrow(() -> new UnknownObjective(code));
    return ResponseEntity.ok().contentType(SVG)
        .body(GanttChart.render(objective, queries.phases(code), calendar.today()));
  }

  @GetMapping("/reports/{year}.xlsx")
  ResponseEntity<byte[]> workbook(@PathVariable int year) throws IOException {
    var objectives = visibleObjectives(year);
    Set<String> codes = objectives.stream().map(MonitoredObjective::code).collect(Collectors.toSet());
    var phases = queries.phases(year).stream().filter(p -> codes.contains(p.objectiveCode())).toList();
    var indicators = queries.indicators(year).stream().filter(i -> codes.contains(i.objectiveCode())).toList();
    var today = calendar.today();
    return download("relazione-performance-" + year + ".xlsx", XLSX,
        out -> YearReportWorkbook.write(objectives, phases, indicators, today, out));
  }

  @GetMapping("/reports/{year}.csv")
  ResponseEntity<byte[]> csv(@PathVariable int year) throws IOException {
    var objectives = visibleObjectives(year);
    return download("obiettivi-" + year + ".csv", CSV,
        out -> YearReportCsv.write(objectives, new OutputStreamWriter(out, StandardCharsets.UTF_8)));
  }

  private List<MonitoredObjective> visibleObjectives(int year) {
    var visible = visibility.forCurrentUser();
    return queries.objectives(year).stream().filter(o -> visible.includes(o.processInstanceId())).toList();
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
