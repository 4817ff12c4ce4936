package it.pegworkflow.bench;

import static it.pegworkflow.process.ProcessConstants.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * What Tasklist asks when a person opens it, over {@code /engine-rest} with HTTP Basic as that
 * person (authorization checks on): the count of every filter shared with them and its first page,
 * as Tasklist 7.24 asks for it. Looked at two moments of a year: on 1 July, every phase open, as the
 * phase's responsible with the most phases, the Dirigente with the most late phases to urge and the
 * controllo di gestione; on 15 March of the year after, every report waiting for validation, as the
 * Nucleo.
 */
final class TasklistReads {

  /** Tasklist 7.24's first page of a filter (camunda-tasklist-bootstrap.js, {@code taskListQuery}): newest first. */
  private static final String FIRST_PAGE = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
      + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
  /** Tasklist's client asks for HAL: the page then embeds assignees, process definitions and the filter's variables. */
  private static final String HAL = "application/hal+json, application/json; q=0.5";
  /**
   * Rounds not timed: the first call of each query compiles its statement in the database, and the
   * empty database is read early in the application's life, when the JIT has not compiled the
   * filters' path yet; with three the empty database still looked slower than the filled one.
   */
  private static final int UNTIMED_ROUNDS = 10;

  private final ProcessEngine engine;
  private final Http http;
  private final int repeats;
  private final List<Long> counts = new ArrayList<>();
  private final List<Long> lists = new ArrayList<>();
  private final Map<String, Long> slowest = new LinkedHashMap<>();
  private final Map<String, Long> mostTasks = new LinkedHashMap<>();
  private long spentNanos;

  TasklistReads(ProcessEngine engine, Http http, int repeats) {
    this.engine = engine;
    this.http = http;
    this.repeats = repeats;
  }

  /** 1 July of {@code year}: the responsible, the Dirigente and the controllo open Tasklist. */
  void phasesOpen(int year) {
    String codes = year + "_B%";
    List<String> responsibles = BenchPeople.withMostTasks(engine, codes, TASK_COMPLETE_PHASE, 1);
    if (responsibles.isEmpty()) {
      throw new IllegalStateException("No phase of " + year + " is open on 1 July");
    }
    String responsible = responsibles.get(0);
    List<String> urged = BenchPeople.withMostTasks(engine, codes, TASK_URGE_LATE_PHASE, 1);
    // Without a late phase, the Dirigente of the responsible's first phase: Tasklist shows their objectives' tasks.
    String manager = !urged.isEmpty() ? urged.get(0) : (String) engine.getRuntimeService().getVariable(
        engine.getTaskService().createTaskQuery().taskAssignee(responsible).listPage(0, 1).get(0).getProcessInstanceId(),
        MANAGER_ID);
    BenchPeople.givePassword(engine, List.of(responsible, manager));
    read("responsabile", responsible);
    read("Dirigente", manager);
    read("controllo", BenchPeople.member(engine, BenchPeople.CONTROLLO, CONTROLLO_GROUP));
  }

  /** 15 March of the year after {@code year}: the Nucleo opens Tasklist with the year's reports to validate. */
  void validationsPending(int year) {
    read("Nucleo", BenchPeople.member(engine, BenchPeople.NUCLEO, NUCLEO_GROUP));
  }

  Latencies counts() {
    return Latencies.of(counts, counts.stream().mapToLong(Long::longValue).sum());
  }

  Latencies lists() {
    return Latencies.of(lists, lists.stream().mapToLong(Long::longValue).sum());
  }

  /** The slowest call of each kind ({@code count} or {@code list}), with who and which filter. */
  String slowest(String kind) {
    return slowest.entrySet().stream().filter(e -> e.getKey().endsWith(" " + kind))
        .max(Map.Entry.comparingByValue())
        .map(e -> String.format(Locale.ROOT, "%s %.0f ms", e.getKey(), e.getValue() / 1e6)).orElse("");
  }

  /** Who was looked at, with the most tasks one of their filters counts. */
  String people() {
    StringBuilder people = new StringBuilder();
    mostTasks.forEach((who, tasks) -> people.append(people.isEmpty() ? "" : ", ").append(who).append(' ').append(tasks));
    return people.toString();
  }

  /** The time these reads took, so that the fill they interrupt is not timed with them. */
  double spentSeconds() {
    return spentNanos / 1e9;
  }

  private void read(String role, String user) {
    long began = System.nanoTime();
    try {
      readFilters(role, user);
    } finally {
      spentNanos += System.nanoTime() - began;
    }
  }

  private void readFilters(String role, String user) {
    JsonNode filters = http.getJson(user, "/engine-rest/filter?resourceType=Task&sortBy=name&sortOrder=asc");
    if (filters.isEmpty()) {
      throw new IllegalStateException(user + " finds no Tasklist filter");
    }
    for (int round = 0; round < UNTIMED_ROUNDS + repeats; round++) {
      for (JsonNode filter : filters) {
        String id = filter.get("id").asText();
        String name = role + " «" + filter.get("name").asText() + "»";
        long began = System.nanoTime();
        long tasks = http.getJson(user, "/engine-rest/filter/" + id + "/count").get("count").asLong();
        long counted = System.nanoTime();
        String page = http.postJson(user, "/engine-rest/filter/" + id + "/list?firstResult=0&maxResults=15", FIRST_PAGE, HAL);
        long listed = System.nanoTime();
        if (round == 0) {
          checkFirstPage(name, page, tasks);
        }
        if (round >= UNTIMED_ROUNDS) {
          record(name + " count", counted - began, counts);
          record(name + " list", listed - counted, lists);
        }
        mostTasks.merge(role, tasks, Math::max);
      }
    }
  }

  /** The page holds what the count promises, or the reads measure a refusal. */
  private static void checkFirstPage(String name, String page, long count) {
    JsonNode tasks = Http.tree(page).path("_embedded").path("task");
    if (tasks.size() != Math.min(15, count)) {
      throw new IllegalStateException(name + ": the first page lists " + tasks.size() + " tasks of " + count + ": " + page);
    }
  }

  private void record(String what, long nanos, List<Long> into) {
    into.add(nanos);
    slowest.merge(what, nanos, Math::max);
  }
}
