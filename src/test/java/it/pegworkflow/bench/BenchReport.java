package it.pegworkflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's rows: ours beside the bare engine's, printed as a table and kept as JSON. */
final class BenchReport {

  record Row(String scenario, long n, String unit, double ours, Double engine, String target) {
    Double ratio() {
      return engine == null || engine == 0 ? null : ours / engine;
    }
  }

  private final String database;
  private final int cores;
  private final List<Row> rows = new ArrayList<>();

  BenchReport(String database, int cores) {
    this.database = database;
    this.cores = cores;
  }

  void add(String scenario, long n, String unit, double ours, Double engine, String target) {
    rows.add(new Row(scenario, n, unit, ours, engine, target));
  }

  List<Row> rows() {
    return List.copyOf(rows);
  }

  String table() {
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
        "PEG Workflow benchmark, %s, database %s, %d cores%n", LocalDate.now(), database, cores));
    table.append(String.format(Locale.ROOT, "| %-22s | %6s | %10s | %10s | %7s | %-14s | %s |%n",
        "scenario", "N", "ours", "engine", "ratio", "target", "unit"));
    table.append("|------------------------|--------|------------|------------|---------|----------------|------|\n");
    for (Row row : rows) {
      table.append(String.format(Locale.ROOT, "| %-22s | %6d | %10.2f | %10s | %7s | %-14s | %s |%n",
          row.scenario(), row.n(), row.ours(), row.engine() == null ? "" : String.format(Locale.ROOT, "%.2f", row.engine()),
          row.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", row.ratio()), row.target(), row.unit()));
    }
    return table.toString();
  }

  void write(Path json) throws IOException {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("date", LocalDate.now().toString());
    document.put("database", database);
    document.put("cores", cores);
    List<Map<String, Object>> list = new ArrayList<>();
    for (Row row : rows) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("scenario", row.scenario());
      entry.put("n", row.n());
      entry.put("database", database);
      entry.put("cores", cores);
      entry.put("unit", row.unit());
      entry.put("ours", row.ours());
      entry.put("engine", row.engine());
      entry.put("ratio", row.ratio());
      entry.put("target", row.target());
      list.add(entry);
    }
    document.put("rows", list);
    Files.createDirectories(json.getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), document);
  }
}
