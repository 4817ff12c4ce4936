package it.pegworkflow.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who calls {@code /api/**}: HTTP Basic with the Camunda users, or, for reading (GET, HEAD), the
 * session of a user logged into the Camunda webapps, so that the Cockpit plugin can call the API
 * from the browser. Changes need Basic (a session cookie alone would let another site post on
 * the user's behalf), except the few the plugin's scripts send with a header no form can set. The caller becomes the engine's authenticated user for
 * the request, so the engine knows who imports or reads; anonymous calls get 401.
 */
public class ApiAuthentication extends OncePerRequestFilter {

  private final IdentityService identity;
  private final String engineName;

  public ApiAuthentication(IdentityService identity, String engineName) {
    this.identity = identity;
    this.engineName = engineName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    DirectoryOutage.clear();
    String userId = header != null ? authenticatedUser(header) : null;
    List<String> groups;
    UserAuthentication session = header == null
        && (reading(request) || reopeningFromCockpit(request) || loadingFromCockpit(request))
        ? webappSession(request) : null;
    if (session != null) {
      userId = session.getIdentityId();
      groups = session.getGroupIds() == null ? List.of() : session.getGroupIds();
    } else if (userId != null) {
      groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    } else if (DirectoryOutage.noted()) {
      DirectoryOutage.clear();
      directoryDown(response);
      return;
    } else {
      refuse(request, response);
      return;
    }
    identity.setAuthentication(userId, groups);
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static boolean reading(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  /**
   * The one change made from Cockpit's pages with the session: a Dirigente reopening a phase (the
   * plugin's form). Only a script of a page may send {@code X-Requested-With} and a JSON body: another
   * site's page would need a CORS preflight, which this server never grants, and SameOriginWrites
   * refuses other origins anyway.
   */
  private static boolean reopeningFromCockpit(HttpServletRequest request) {
    return fromTheScript(request, "application/json")
        && request.getRequestURI().matches(".*/api/objectives/[^/]+/phases/[^/]+/reopening");
  }

  /**
   * The controllo di gestione's page «Caricamento del PEG» (the plugin's peg-loading.js): a sheet
   * imported or a variation sent as {@code text/plain} from the script, on the same terms as the
   * reopening. A form of another site may post {@code text/plain} too, but cannot add the header.
   */
  private static boolean loadingFromCockpit(HttpServletRequest request) {
    return fromTheScript(request, "text/plain") && request.getRequestURI().matches(".*/api/(objectives|variations)");
  }

  private static boolean fromTheScript(HttpServletRequest request, String contentType) {
    return "POST".equals(request.getMethod()) && "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
        && request.getContentType() != null && request.getContentType().startsWith(contentType);
  }

  /** The user logged into Cockpit, Tasklist or Admin in this browser, if any. */
  private UserAuthentication webappSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return null;
    }
    return authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user
        ? user : null;
  }

  private String authenticatedUser(String header) {
    if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon < 1) {
      return null;
    }
    String userId = decoded.substring(0, colon);
    return Passwords.match(identity, userId, decoded.substring(colon + 1)) ? userId : null;
  }

  /** A directory account's password could not be checked: not a wrong password (no challenge, not counted as a failure). */
  private static void directoryDown(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", Integer.toString(DirectoryOutage.RETRY_AFTER));
    response.setContentType("application/problem+json;charset=UTF-8");
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + DirectoryOutage.TITLE + "\",\"status\":503,"
        + "\"detail\":\"" + DirectoryOutage.DETAIL + "\"}");
  }

  /** Scripts (the Cockpit plugin) get no Basic challenge: browsers would answer it with a login dialog. */
  private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"PEG Workflow\", charset=\"UTF-8\"");
    }
    response.setContentType("application/problem+json;charset=UTF-8");
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Autenticazione richiesta\",\"status\":401,"
        + "\"detail\":\"Accedere a Camunda oppure usare utente e password di PEG Workflow (HTTP Basic)\"}");
  }
}
