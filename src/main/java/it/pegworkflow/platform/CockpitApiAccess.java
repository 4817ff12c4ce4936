package it.pegworkflow.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cockpit's data ({@code /camunda/api/cockpit/plugin/{plugin}/{engine}/...}) only for users who may
 * use Cockpit. Camunda's webapps check the application only when the page opens: their API asks for
 * a login to the engine, so a Tasklist-only responsible could call Cockpit's statistics. The plugins'
 * scripts ({@code .../static/...}) stay public: Cockpit loads them before its login page.
 */
public class CockpitApiAccess extends OncePerRequestFilter {

  private static final String COCKPIT = "cockpit";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // after /plugin: {plugin}/{engine}/... or {plugin}/static/...
    String[] parts = request.getRequestURI().substring(request.getRequestURI().indexOf("/plugin/") + "/plugin/".length())
        .split("/");
    if (!request.getRequestURI().contains("/plugin/") || parts.length < 2 || parts[1].equals("static")) {
      chain.doFilter(request, response);
      return;
    }
    UserAuthentication user = userOf(request.getSession(false), parts[1]);
    if (user == null || user.isAuthorizedForApp(COCKPIT)) {
      chain.doFilter(request, response); // nobody logged in: Camunda's own filter answers 401
      return;
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":"
        + "\"L'utente non può usare Cockpit: i suoi dati sono riservati a chi vi ha accesso\"}");
  }

  private static UserAuthentication userOf(HttpSession session, String engine) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    return authentications != null
        && authentications.getAuthenticationForProcessEngine(engine) instanceof UserAuthentication user ? user : null;
  }
}
