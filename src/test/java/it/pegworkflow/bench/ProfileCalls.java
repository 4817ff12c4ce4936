package it.pegworkflow.bench;

import static it.pegworkflow.process.CampaignConstants.*;
import static it.pegworkflow.process.ProcessConstants.PROCESS_KEY;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

/** The calls {@link FiveYearProfile} makes, as the browsers make them, each timed. */
final class ProfileCalls {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** What Tasklist posts for a filter's first page (its default sorting, no variables searched). */
  private static final String TASKLIST_PAGE = """
      {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],"sorting":[{"sortBy":"created","sortOrder":"desc"}]}""";

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final Map<String, Latencies> times = new LinkedHashMap<>();

  ProfileCalls(int port) {
    this.base = "http://localhost:" + port;
  }

  interface Call {
    void run() throws Exception;
  }

  void time(String name, int times, Call call) {
    this.times.put(name, Latencies.repeat(times, () -> {
      try {
        call.run();
      } catch (Exception e) {
        throw new IllegalStateException(name, e);
      }
    }));
  }

  void printTimes() {
    System.out.println("PROFILE times (ms):");
    times.forEach((name, latencies) -> System.out.printf(java.util.Locale.ROOT, "  %-70s p50 %8.1f  p99 %8.1f%n", name,
        latencies.percentile(50), latencies.percentile(99)));
  }

  String get(String user, String path) throws Exception {
    return expect(200, send(user, request(path).GET()));
  }

  /** A page the reader may not see answers 404: that is measured too (the rule is checked all the same). */
  void getOrMissing(String user, String path) throws Exception {
    HttpResponse<String> response = send(user, request(path).GET());
    if (response.statusCode() != 200 && response.statusCode() != 404) {
      expect(200, response);
    }
  }

  void tasklistPage(String user, String filterId) throws Exception {
    expect(200, send(user, request("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15")
        .header("Content-Type", "application/json").header("Accept", "application/hal+json")
        .POST(HttpRequest.BodyPublishers.ofString(TASKLIST_PAGE))));
  }

  void complete(String user, String taskId, Map<String, Object> values) throws Exception {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    expect(204, send(user, request("/engine-rest/task/" + taskId + "/complete").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("variables", variables))))));
  }

  /** A monitoring campaign started as Tasklist's start form does: its process instance id. */
  String startCampaign(String user, String referenceDate, String deadline) throws Exception {
    Map<String, Object> variables = Map.of(REFERENCE_DATE, Map.of("value", referenceDate, "type", "String"),
        ANSWER_DEADLINE, Map.of("value", deadline, "type", "String"), CAMPAIGN_SCOPE, Map.of("value", "", "type", "String"));
    String body = expect(200, send(user, request("/engine-rest/process-definition/key/" + CAMPAIGN_PROCESS_KEY + "/submit-form")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("variables", variables))))));
    return JSON.readTree(body).path("id").asText();
  }

  /** Every due job of the objectives and campaigns, one at a time, and those they make due. */
  static void runDueJobs(ProcessEngine engine) {
    ManagementService management = engine.getManagementService();
    for (String key : List.of(PROCESS_KEY, CAMPAIGN_PROCESS_KEY, PROCESS_KEY)) {
      while (true) {
        List<Job> due = new ArrayList<>(management.createJobQuery().processDefinitionKey(key).executable()
            .orderByJobDuedate().asc().listPage(0, 500));
        if (due.isEmpty()) {
          break;
        }
        for (Job job : due) {
          if (management.createJobQuery().jobId(job.getId()).count() > 0) {
            management.executeJob(job.getId());
          }
        }
      }
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
  }

  private HttpResponse<String> send(String user, HttpRequest.Builder request) throws IOException, InterruptedException {
    String credentials = user + ":" + Benchmark.PASSWORD;
    request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }
}
