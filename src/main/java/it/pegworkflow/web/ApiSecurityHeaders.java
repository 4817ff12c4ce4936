package it.pegworkflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on every answer of {@code /api} (JSON, the Gantt's SVG, the year's spreadsheet and CSV,
 * errors): the browser takes the content type as sent (an SVG or a text is never run as a page),
 * nothing is kept in a cache on a shared computer or a proxy (scores and reports are personal data),
 * and an answer opened on its own may run no script, load nothing and sit in no frame. Inline
 * styles stay allowed: the Gantt's SVG uses them.
 */
class ApiSecurityHeaders extends OncePerRequestFilter {

  static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
      + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("Referrer-Policy", "no-referrer");
    chain.doFilter(request, response);
  }
}
