package it.pegworkflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** The application's HTTP API as the benchmark's clients call it, with HTTP Basic. */
final class Http {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;

  Http(int port) {
    this.base = "http://localhost:" + port;
  }

  void postSheet(String user, String sheet) throws IOException, InterruptedException {
    expect(201, send(user, request("/api/objectives").header("Content-Type", "text/plain;charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(sheet, StandardCharsets.UTF_8))));
  }

  void completeTask(String user, String taskId, Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    try {
      String body = JSON.writeValueAsString(Map.of("variables", variables));
      expect(204, send(user, request("/engine-rest/task/" + taskId + "/complete")
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Completes a task as {@code user} and answers the HTTP status, whatever it is: the deadline day
   * counts the refusals instead of stopping at the first.
   */
  int completeTaskStatus(String user, String taskId, Map<String, Object> values) throws IOException, InterruptedException {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    String body = JSON.writeValueAsString(Map.of("variables", variables));
    return send(user, request("/engine-rest/task/" + taskId + "/complete").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))).statusCode();
  }

  /** A JSON answer of {@code GET path} (200 expected), read as a tree. */
  JsonNode getJson(String user, String path) {
    return tree(call(user, request(path).header("Accept", "application/json").GET()));
  }

  /** {@code POST path} with a JSON body as Tasklist sends it (it asks for HAL first); the answer's body. */
  String postJson(String user, String path, String body, String accept) {
    return call(user, request(path).header("Content-Type", "application/json").header("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The bytes of a download (200 expected). */
  byte[] download(String user, String path) {
    return ok(user, request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private String call(String user, HttpRequest.Builder request) {
    return ok(user, request, HttpResponse.BodyHandlers.ofString());
  }

  /** The body of an answer that must be a 200. */
  private <T> T ok(String user, HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
    try {
      HttpResponse<T> response = send(user, request, body);
      if (response.statusCode() != 200) {
        throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode tree(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  void get(String user, String path) {
    try {
      expect(200, send(user, request(path).GET()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
  }

  private HttpResponse<String> send(String user, HttpRequest.Builder request) throws IOException, InterruptedException {
    return send(user, request, HttpResponse.BodyHandlers.ofString());
  }

  private <T> HttpResponse<T> send(String user, HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
      throws IOException, InterruptedException {
    String credentials = user + ":" + Benchmark.PASSWORD;
    request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    return client.send(request.build(), body);
  }

  private static void expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
    }
  }
}
