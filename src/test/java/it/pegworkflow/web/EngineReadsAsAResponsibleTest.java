package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sibling of {@link EndpointsNeedCredentialsTest}: every read (GET) of the engine's REST API, and
 * of the webapps' copy of it, called as a responsible once a colleague of her centre has reported,
 * with every id of his phase the engine knows in the path: no answer contains a word of his report.
 */
class EngineReadsAsAResponsibleTest extends AColleagueHasReported {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final Pattern PARAMETER = Pattern.compile("\\{([^}/:]+)(:[^}]*)?}");

  @Autowired RepositoryService repository;

  @Test
  void noEngineRestReadGivesAResponsibleAColleaguesReport() {
    List<String> reads = reads();
    var responsible = basic(RESPONSIBLE);
    assertThat(leaking(reads, "/engine-rest", responsible)).isEmpty();
    // the same sweep finds the report as the Dirigente, so it looks where the report is
    assertThat(leaking(reads, "/engine-rest", basic(DIRIGENTE))).isNotEmpty();
  }

  @Test
  void noReadOfTheWebappsEngineApiGivesAResponsibleAColleaguesReport() {
    var session = WebappSession.login(port, RESPONSIBLE, PASSWORD, "tasklist");
    assertThat(leaking(reads(), "/camunda/api/engine/engine/default", path -> session.get(path).body())).isEmpty();
  }

  /** The GET calls of the engine's default paths, each path parameter filled with every id of the colleague's phase. */
  private List<String> reads() {
    Set<String> ids = idsOfTheColleaguesPhase();
    Set<String> reads = new LinkedHashSet<>();
    for (String call : EngineRestEndpoints.all()) {
      if (!call.startsWith("GET ") || call.startsWith("GET /engine-rest/engine/")) {
        continue; // the named engine's paths are the same resources as the default's
      }
      String template = call.substring("GET /engine-rest".length());
      if (!PARAMETER.matcher(template).find()) {
        reads.add(template);
        reads.add(template + "?processInstanceId=" + instanceId);
        continue;
      }
      for (String id : ids) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
          String name = parameter.group(1).toLowerCase();
          String value = name.contains("varname") || name.contains("variablename") ? "phaseReport" : id;
          parameter.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        parameter.appendTail(path);
        reads.add(path.toString());
      }
    }
    System.out.println("Reads as a responsible: " + reads.size());
    assertThat(reads).hasSizeGreaterThan(1000).contains("/history/variable-instance", "/history/detail/count",
        "/task/" + colleaguesTaskId + "/variables", "/history/task?processInstanceId=" + instanceId);
    return new ArrayList<>(reads);
  }

  private Set<String> idsOfTheColleaguesPhase() {
    Set<String> ids = new LinkedHashSet<>(List.of(instanceId, colleaguesTaskId, code, COLLEAGUE, "phaseReport"));
    history.createHistoricVariableInstanceQuery().processInstanceId(instanceId).variableName("phaseReport").list()
        .stream().map(HistoricVariableInstance::getId).forEach(ids::add);
    history.createHistoricDetailQuery().processInstanceId(instanceId).list().stream()
        .filter(detail -> String.valueOf(detail).contains(marker) || detail.getTaskId() != null)
        .map(HistoricDetail::getId).forEach(ids::add);
    for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery().processInstanceId(instanceId).list()) {
      if (colleaguesTaskId.equals(activity.getTaskId())) {
        ids.add(activity.getId());
        ids.add(activity.getExecutionId());
        ids.add(activity.getParentActivityInstanceId());
      }
    }
    var instance = history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult();
    ids.add(instance.getProcessDefinitionId());
    ids.add(repository.getProcessDefinition(instance.getProcessDefinitionId()).getDeploymentId());
    return ids;
  }

  private List<String> leaking(List<String> reads, String prefix, Function<String, String> get) {
    List<String> leaks = new ArrayList<>();
    for (String read : reads) {
      String body = get.apply(prefix + read);
      if (body != null && body.contains(marker)) {
        leaks.add(read);
      }
    }
    return leaks;
  }

  private Function<String, String> basic(String user) {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return path -> {
      try {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Basic " + credentials).header("Accept", "application/json").GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
      } catch (Exception e) {
        throw new IllegalStateException(path, e);
      }
    };
  }
}
