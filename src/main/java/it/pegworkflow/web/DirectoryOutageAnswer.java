package it.pegworkflow.web;

import it.pegworkflow.platform.DirectoryOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' login form and HTTP Basic on {@code /engine-rest} answer a password they could not
 * check because the directory is down with 503 and a {@code Retry-After}, not with Camunda's 401:
 * the person's password may well be right, and a 401 would count as a failed login (for the
 * address in {@link LoginThrottle}, which sits outside this filter) and make a browser ask again.
 */
class DirectoryOutageAnswer extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    DirectoryOutage.clear();
    Answer answer = new Answer(response);
    try {
      chain.doFilter(request, answer);
      if (answer.down && !response.isCommitted()) {
        response.resetBuffer();
        // The webapps' login page shows a failed login's "message" under «Accesso non riuscito».
        FilterProblem.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, DirectoryOutage.TITLE,
            DirectoryOutage.DETAIL, java.util.Map.of("message", DirectoryOutage.DETAIL));
      }
    } finally {
      DirectoryOutage.clear();
    }
  }

  /** Turns the 401 of a login that met the directory down into a 503, without a Basic challenge. */
  private static final class Answer extends HttpServletResponseWrapper {
    boolean down;

    Answer(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setStatus(int status) {
      super.setStatus(replaced(status));
    }

    @Override
    public void sendError(int status) throws IOException {
      if (replaced(status) != status) {
        super.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      } else {
        super.sendError(status);
      }
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      if (replaced(status) != status) {
        super.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      } else {
        super.sendError(status, message);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!(down && "WWW-Authenticate".equalsIgnoreCase(name))) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!(down && "WWW-Authenticate".equalsIgnoreCase(name))) {
        super.addHeader(name, value);
      }
    }

    private int replaced(int status) {
      if (status == HttpServletResponse.SC_UNAUTHORIZED && DirectoryOutage.noted()) {
        down = true;
        super.setHeader("Retry-After", Integer.toString(DirectoryOutage.RETRY_AFTER));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
      }
      return status;
    }
  }
}
