package it.pegworkflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's first-start page ({@code /camunda/app/admin/<engine>/setup/} and its
 * {@code POST /camunda/api/admin/setup/<engine>/user/create}) lets anybody who reaches the server
 * first create an administrator while none exists. The administrator comes from the environment
 * ({@code PEG_ADMIN_USER}, {@code PEG_ADMIN_PASSWORD}); the page answers 403 unless the operator
 * opens it with {@code peg.security.setup-page-open=true}. While no administrator exists, Camunda
 * sends every webapp page to the setup page: the visitor reads here what to do.
 */
class ClosedSetupPage extends OncePerRequestFilter {

  static final String MESSAGE = "La pagina di primo avvio di Camunda è chiusa: l'amministratore si crea avviando "
      + "PEG Workflow con PEG_ADMIN_USER e PEG_ADMIN_PASSWORD (vedi docs/operations.md)";

  private final String setupApi;
  private final String adminApp;

  /** {@code applicationPath}: where the webapps live ({@code /camunda}). */
  ClosedSetupPage(String applicationPath) {
    this.setupApi = applicationPath + "/api/admin/setup/";
    this.adminApp = applicationPath + "/app/admin/";
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith(setupApi)) {
      FilterProblem.write(response, HttpServletResponse.SC_FORBIDDEN, "Pagina di primo avvio chiusa", MESSAGE);
    } else if (path.startsWith(adminApp) && path.substring(adminApp.length()).matches("[^/]*/setup(/.*)?")) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write(MESSAGE + "\n");
    } else {
      chain.doFilter(request, response);
    }
  }
}
