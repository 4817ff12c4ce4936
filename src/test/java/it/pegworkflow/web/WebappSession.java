package it.pegworkflow.web;

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

/** A browser's session in Camunda's webapps: logged in to one application, calling the webapps' own API. */
final class WebappSession {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final int port;
  private final Map<String, String> cookies = new HashMap<>();

  private WebappSession(int port) {
    this.port = port;
  }

  /** Logs {@code user} in to {@code application} (tasklist, cockpit, admin) as the login page does. */
  static WebappSession login(int port, String user, String password, String application) {
    WebappSession session = new WebappSession(port);
    session.keepCookies(session.send(HttpRequest.newBuilder(session.uri("/camunda/app/" + application + "/")).GET()));
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login = session.send(HttpRequest.newBuilder(
            session.uri("/camunda/api/admin/auth/user/default/login/" + application))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", session.cookies.get("XSRF-TOKEN"))
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (login.statusCode() != 200) {
      throw new IllegalStateException(user + " could not log in to " + application + ": " + login.statusCode());
    }
    session.keepCookies(login);
    return session;
  }

  /** Status and body of a GET on a path of the application, e.g. {@code /camunda/api/engine/engine/default/task}. */
  HttpResponse<String> get(String path) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET());
    keepCookies(response);
    return response;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void keepCookies(HttpResponse<?> response) {
    List<String> setCookies = response.headers().allValues("Set-Cookie");
    for (String cookie : setCookies) {
      String[] nameValue = cookie.split(";", 2)[0].split("=", 2);
      cookies.put(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
