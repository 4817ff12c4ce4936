package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
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
    assertThat(notRefused(calls)).isEmpty();
  }

  @Test
  void everyEndpointOfTheEngineRestApiAnswers401WithoutCredentials() throws Exception {
    Set<String> calls = new TreeSet<>();
    for (Class<?> resource : CamundaRestResources.getResourceClasses()) {
      Path root = findPath(resource);
      if (root != null) {
        walk(resource, "/engine-rest" + root.value(), calls, 0);
      }
    }

    System.out.println("Endpoints without credentials: " + calls.size() + " engine REST calls");
    assertThat(calls).hasSizeGreaterThan(300)
        .contains("POST /engine-rest/task/x/complete", "GET /engine-rest/process-instance",
            "POST /engine-rest/deployment/create", "GET /engine-rest/user", "GET /engine-rest/engine/default/task");
    assertThat(notRefused(calls)).isEmpty();
  }

  private static void walk(Class<?> type, String prefix, Set<String> calls, int depth) {
    for (Method method : type.getMethods()) {
      Path path = findAnnotation(method, Path.class);
      String verb = httpMethod(method);
      String full = path == null ? prefix : prefix + (path.value().startsWith("/") ? "" : "/") + path.value();
      if (verb != null) {
        // a made-up engine name answers 404 before any login: ask the real one
        calls.add(verb + " " + concrete(full).replace("/engine-rest/engine/x", "/engine-rest/engine/default"));
      } else if (path != null && depth < 4 && !method.getReturnType().isPrimitive()) {
        walk(method.getReturnType(), full, calls, depth + 1);
      }
    }
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
  private static String concrete(String pattern) {
    return pattern.replaceAll("\\{[^}/]+(:[^}]*)?}", "x").replaceAll("//+", "/");
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : allAnnotations(method)) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  /** JAX-RS annotations sit on the interfaces the resources implement. */
  private static Set<Annotation> allAnnotations(Method method) {
    Set<Annotation> annotations = new LinkedHashSet<>(List.of(method.getAnnotations()));
    for (Class<?> type = method.getDeclaringClass(); type != null; type = type.getSuperclass()) {
      for (Class<?> each : interfacesAndSelf(type)) {
        try {
          annotations.addAll(List.of(each.getMethod(method.getName(), method.getParameterTypes()).getAnnotations()));
        } catch (NoSuchMethodException ignored) {
          // not declared there
        }
      }
    }
    return annotations;
  }

  private static <A extends Annotation> A findAnnotation(Method method, Class<A> kind) {
    for (Annotation annotation : allAnnotations(method)) {
      if (kind.isInstance(annotation)) {
        return kind.cast(annotation);
      }
    }
    return null;
  }

  private static Path findPath(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getSuperclass()) {
      for (Class<?> each : interfacesAndSelf(t)) {
        if (each.getAnnotation(Path.class) != null) {
          return each.getAnnotation(Path.class);
        }
      }
    }
    return null;
  }

  private static List<Class<?>> interfacesAndSelf(Class<?> type) {
    List<Class<?>> all = new ArrayList<>(List.of(type));
    for (int i = 0; i < all.size(); i++) {
      for (Class<?> parent : all.get(i).getInterfaces()) {
        if (!all.contains(parent)) {
          all.add(parent);
        }
      }
    }
    return all;
  }
}
