package it.pegworkflow.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;

/**
 * Every call of the engine's REST API as {@code VERB /engine-rest/path/{param}}: its JAX-RS resources
 * walked with their sub-resources, the path parameters left as templates.
 */
final class EngineRestEndpoints {

  private EngineRestEndpoints() {}

  static Set<String> all() {
    Set<String> calls = new TreeSet<>();
    for (Class<?> resource : CamundaRestResources.getResourceClasses()) {
      Path root = findPath(resource);
      if (root != null) {
        walk(resource, "/engine-rest" + root.value(), calls, 0);
      }
    }
    return calls;
  }

  private static void walk(Class<?> type, String prefix, Set<String> calls, int depth) {
    for (Method method : type.getMethods()) {
      Path path = findAnnotation(method, Path.class);
      String verb = httpMethod(method);
      String full = path == null ? prefix : prefix + (path.value().startsWith("/") ? "" : "/") + path.value();
      if (verb != null) {
        calls.add(verb + " " + full.replaceAll("//+", "/"));
      } else if (path != null && depth < 4 && !method.getReturnType().isPrimitive()) {
        walk(method.getReturnType(), full, calls, depth + 1);
      }
    }
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
