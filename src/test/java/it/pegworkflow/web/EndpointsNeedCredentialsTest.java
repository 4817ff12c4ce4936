package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint the application maps, ours (Spring MVC) and the engine's REST API (its JAX-RS
 * resources, with their sub-resources), and calls each without credentials: each answers 401.
 */
class EndpointsNeedCredentialsTest extends RunningApplication {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping ours;

  @Test
  void everyEndpointOfOursAnswers401WithoutCredentials() throws Exception {
    Set<String> calls = new TreeSet<>();
    ours.getHandlerMethods().forEach((info, handler) -> {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String pattern : info.getPatternValues()) {
        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
          calls.add(method.name() + " " + concrete(pattern));
        }
      }
    });

    assertThat(calls).contains("GET /api/objectives", "POST /api/objectives", "GET /api/objectives/x");
    // The root page names the product and the city, nothing else: the one page open to everyone (WelcomePage).
    assertThat(calls.remove("GET /")).isTrue();
    assertThat(notRefused(calls)).isEmpty();
  }

  @Test
  void everyEndpointOfTheEngineRestApiAnswers401WithoutCredentials() throws Exception {
    Set<String> calls = new TreeSet<>();
    // a made-up engine name answers 404 before any login: ask the real one
    EngineRestEndpoints.all().forEach(call -> calls.add(concrete(call).replace("/engine-rest/engine/x", "/engine-rest/engine/default")));

    System.out.println("Endpoints without credentials: " + calls.size() + " engine REST calls");
    assertThat(calls).hasSizeGreaterThan(300)
        .contains("POST /engine-rest/task/x/complete", "GET /engine-rest/process-instance",
            "POST /engine-rest/deployment/create", "GET /engine-rest/user", "GET /engine-rest/engine/default/task");
    assertThat(notRefused(calls)).isEmpty();
  }

  private List<String> notRefused(Set<String> calls) throws Exception {
    List<String> answered = new ArrayList<>();
    for (String call : calls) {
      String[] parts = call.split(" ", 2);
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + parts[1]))
          .header("Content-Type", "application/json")
          .method(parts[0], parts[0].equals("GET") || parts[0].equals("DELETE") || parts[0].equals("OPTIONS")
              ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"))
          .build();
      int status = CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status != 401) {
        answered.add(call + " -> " + status);
      }
    }
    return answered;
  }

  /** {@code /task/{id}/form-variables} and {@code /{id:.*}} become {@code /task/x/...}. */
  static String concrete(String pattern) {
    return pattern.replaceAll("\\{[^}/]+(:[^}]*)?}", "x").replaceAll("//+", "/");
  }

}
