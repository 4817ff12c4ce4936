package it.pegworkflow.web;

import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A browser's session in Camunda's webapps: logged in to one application (Tasklist, Cockpit, Admin),
 * calling the webapps' own API with the session cookie and the CSRF token, as the pages do.
 */
final class WebappSession {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private final String base;
  private final Map<String, String> cookies = new HashMap<>();

  private WebappSession(String base) {
    this.base = base;
  }

  /** Logged in to Tasklist. */
  static WebappSession login(int port, String user, String password) {
    return login(port, user, password, "tasklist");
  }

  /** Logs {@code user} in to {@code application} (tasklist, cockpit, admin) as the login page does. */
  static WebappSession login(int port, String user, String password, String application) {
    WebappSession session = new WebappSession("http://localhost:" + port);
    HttpResponse<String> login = session.attempt(user, password, application);
    if (login.statusCode() != 200) {
      throw new IllegalStateException(user + " could not log in to " + application + ": " + login.statusCode() + " "
          + login.body());
    }
    session.remember(login);
    // The login starts a new session: its CSRF token comes with the next read.
    session.get("/camunda/api/engine/engine/default/task/count");
    return session;
  }

  /** The answer of the login page's form to {@code user} and {@code password}, whatever it is. */
  static HttpResponse<String> loginAnswer(int port, String engine, String user, String password, String application) {
    return new WebappSession("http://localhost:" + port).attempt(engine, user, password, application);
  }

  private HttpResponse<String> attempt(String user, String password, String application) {
    return attempt("default", user, password, application);
  }

  private HttpResponse<String> attempt(String engine, String user, String password, String application) {
    remember(send(HttpRequest.newBuilder(uri("/camunda/app/" + application + "/")).GET()));
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send(withCookies(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/" + engine + "/login/" + application))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))));
  }

  /** Status and body of a GET on a path of the application, e.g. {@code /camunda/api/engine/engine/default/task}. */
  HttpResponse<String> get(String path) {
    HttpResponse<String> response = send(withCookies(HttpRequest.newBuilder(uri(path))
        .header("Accept", "application/json").GET()));
    remember(response);
    return response;
  }

  /** POST {@code json} to the webapps' engine API, e.g. {@code /task/{id}/submit-form}. */
  Api.Answer postToEngine(String path, String json) {
    HttpResponse<String> response = send(withCookies(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default" + path))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))));
    remember(response);
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    try {
      return new Api.Answer(response.statusCode(), contentType, response.body(),
          contentType.contains("json") && !response.body().isEmpty() ? Api.JSON.readTree(response.body())
              : MissingNode.getInstance());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** POST to any path of this server with the session's cookies and the given headers; the status. */
  int post(String path, String body, java.util.Map<String, String> headers) {
    HttpRequest.Builder request = withCookies(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)));
    headers.forEach(request::header);
    HttpResponse<String> response = send(request);
    remember(response);
    return response.statusCode();
  }

  private HttpRequest.Builder withCookies(HttpRequest.Builder request) {
    StringBuilder header = new StringBuilder();
    cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
    if (!header.isEmpty()) {
      request.header("Cookie", header.toString());
    }
    return request.header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""));
  }

  private void remember(HttpResponse<String> response) {
    List<String> setCookies = response.headers().allValues("Set-Cookie");
    setCookies.forEach(c -> {
      String[] kv = c.split(";", 2)[0].split("=", 2);
      cookies.put(kv[0], kv.length > 1 ? kv[1] : "");
    });
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
