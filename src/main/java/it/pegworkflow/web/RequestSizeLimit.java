package it.pegworkflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 413 a request body to {@code /api} larger than {@code peg.max-sheet-size} (to the
 * engine APIs larger than {@code peg.max-task-request-size}), whether it announces its length or
 * streams it in chunks: nothing larger is ever read into memory or parsed.
 */
class RequestSizeLimit extends OncePerRequestFilter {

  private final long maxBytes;
  private final String title;
  private final String tooLarge;

  RequestSizeLimit(long maxBytes) {
    this(maxBytes, "File troppo grande", "Il file supera il limite di %s: dividerlo in più file");
  }

  /** {@code tooLarge} is the Italian detail, with {@code %s} for the limit. */
  RequestSizeLimit(long maxBytes, String title, String tooLarge) {
    this.maxBytes = maxBytes;
    this.title = title;
    this.tooLarge = tooLarge;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      refuse(response);
      return;
    }
    if (request.getContentLengthLong() < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"))) {
      byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (body.length > maxBytes) {
        refuse(response);
        return;
      }
      chain.doFilter(new ReadBody(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private void refuse(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setContentType("application/problem+json;charset=UTF-8");
    // the rest of the body is not read: the connection closes instead of swallowing megabytes
    response.setHeader("Connection", "close");
    long megabytes = maxBytes / (1024 * 1024);
    String limit = megabytes > 0 ? megabytes + " MB" : maxBytes + " byte";
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":413,"
        + "\"detail\":\"" + tooLarge.formatted(limit) + "\"}");
  }
}
