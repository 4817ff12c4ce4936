package it.pegworkflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser attaches the HTTP Basic credentials it remembers to any request for this server, also
 * to a form another site posts here ({@code text/plain} needs no CORS preflight). Browsers say
 * where a request comes from ({@code Origin}, {@code Sec-Fetch-Site}) and a page cannot forge
 * either: a change that a browser sends from another origin is refused (403) before the login is
 * even checked. Clients without a browser (curl, scripts) send neither header and are unaffected.
 */
class SameOriginWrites extends OncePerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  /** {@code none}: the user typed the address or used a bookmark, no page made the request. */
  private static final Set<String> OWN_FETCH_SITES = Set.of("same-origin", "none");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SAFE_METHODS.contains(request.getMethod()) || fromOurOrigin(request)) {
      chain.doFilter(request, response);
      return;
    }
    FilterProblem.write(response, HttpServletResponse.SC_FORBIDDEN, "Richiesta da un altro sito",
        "Modifica rifiutata: la richiesta viene da una pagina di un altro sito. Le modifiche si fanno dalle pagine "
            + "di PEG Workflow o con un client senza browser (ad esempio curl)");
  }

  private static boolean fromOurOrigin(HttpServletRequest request) {
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (fetchSite != null && !OWN_FETCH_SITES.contains(fetchSite.strip().toLowerCase(Locale.ROOT))) {
      return false;
    }
    String origin = request.getHeader("Origin");
    return origin == null || origin.strip().equalsIgnoreCase(ownOrigin(request));
  }

  /** Behind a proxy, {@code server.forward-headers-strategy} makes these the address the browser used. */
  private static String ownOrigin(HttpServletRequest request) {
    String scheme = request.getScheme().toLowerCase(Locale.ROOT);
    int port = request.getServerPort();
    boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
  }
}
