package it.pegworkflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** An {@code application/problem+json} answer written by a servlet filter, before any controller runs. */
final class FilterProblem {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FilterProblem() {}

  static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
    write(response, status, title, detail, Map.of());
  }

  /** With more members, e.g. the {@code message} the webapps' pages show. */
  static void write(HttpServletResponse response, int status, String title, String detail, Map<String, Object> more)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    problem.putAll(more);
    response.setStatus(status);
    response.setContentType("application/problem+json;charset=UTF-8");
    response.getWriter().write(JSON.writeValueAsString(problem));
  }
}
