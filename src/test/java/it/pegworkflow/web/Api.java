package it.pegworkflow.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A real HTTP client on the running application, calling as one user (or as nobody). */
final class Api {

  static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** What the server answered; {@code body} is JSON, or a missing node when the body is not JSON. */
  record Answer(int status, String contentType, String text, JsonNode body) {}

  /** A file the server sent: its bytes and headers. */
  record Download(int status, String contentType, String disposition, byte[] bytes) {}

  private final String base;
  private final String authorization;

  private Api(String base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  static Api anonymous(int port) {
    return new Api("http://localhost:" + port, null);
  }

  static Api as(int port, String user, String password) {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Api("http://localhost:" + port, "Basic " + credentials);
  }

  Answer get(String path) {
    return send(request(path).GET());
  }

  Download download(String path) {
    try {
      HttpResponse<byte[]> response = CLIENT.send(request(path).header("Accept", "*/*").GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Content-Disposition").orElse(""), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Answer postText(String path, String text) {
    return send(request(path).header("Content-Type", "text/plain;charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
  }

  Answer postJson(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json").POST(json(body)));
  }

  Answer putJson(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json").PUT(json(body)));
  }

  Answer delete(String path) {
    return send(request(path).DELETE());
  }

  private static HttpRequest.BodyPublisher json(Object body) {
    try {
      return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json, application/problem+json");
    return authorization == null ? builder : builder.header("Authorization", authorization);
  }

  private static Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      JsonNode body = MissingNode.getInstance();
      if (contentType.contains("json") && !response.body().isEmpty()) {
        body = JSON.readTree(response.body());
      }
      return new Answer(response.statusCode(), contentType, response.body(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
