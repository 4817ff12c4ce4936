package it.pegworkflow.web;

import it.pegworkflow.platform.EngineClock;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Failed logins slow down per client address, on every way in: HTTP Basic on {@code /api} and
 * {@code /engine-rest}, the webapps' login form. Camunda slows down each account on its own
 * ({@code loginDelay*}); this stops one address from trying many accounts, and from keeping an
 * account in Camunda's delay for ever. After {@code freeFailures} failures an address waits
 * {@code delay}, doubled at each further failure up to {@code maxDelay}; a login it sends while it
 * waits is answered 429 without looking at the password, so it does not prolong any account's delay.
 * Nothing is locked for good: failures are forgotten after {@code forgetAfter}. Each node counts
 * its own; behind a proxy the address is the one in {@code X-Forwarded-For}
 * ({@code server.forward-headers-strategy=native}).
 */
class LoginThrottle extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
  /** Addresses remembered at most: a flood of addresses cannot fill the memory. */
  private static final int MAX_ADDRESSES = 10_000;

  private record Failures(int count, Instant last, Instant waitUntil) {}

  private final SecuritySettings.Login settings;
  private final String webappLogin;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  /** {@code applicationPath}: where the webapps live ({@code /camunda}), whose login form is counted too. */
  LoginThrottle(SecuritySettings.Login settings, String applicationPath) {
    this.settings = settings;
    this.webappLogin = applicationPath + "/api/admin/auth/user/";
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!isLogin(request)) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    Instant now = EngineClock.now();
    Failures known = current(address, now);
    if (known != null && now.isBefore(known.waitUntil())) {
      long seconds = Math.max(1, Duration.between(now, known.waitUntil()).toSeconds());
      response.setHeader("Retry-After", Long.toString(seconds));
      FilterProblem.write(response, 429, "Troppi accessi non riusciti",
          "Troppi accessi non riusciti da questo indirizzo: riprovare fra " + seconds + " secondi");
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      failed(address, known, now);
    }
  }

  /** A request that carries a user and a password: Basic on the APIs, the webapps' login form. */
  private boolean isLogin(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith(webappLogin)) {
      return "POST".equals(request.getMethod()) && path.contains("/login/");
    }
    return request.getHeader("Authorization") != null;
  }

  /** The address's failures, unless they are old or the clock went back since (then they are forgotten). */
  private Failures current(String address, Instant now) {
    Failures known = failures.get(address);
    if (known != null && (now.isBefore(known.last()) || now.isAfter(known.last().plus(settings.forgetAfter())))) {
      failures.remove(address, known);
      return null;
    }
    return known;
  }

  private void failed(String address, Failures known, Instant now) {
    int count = known == null ? 1 : known.count() + 1;
    Instant waitUntil = now;
    if (count > settings.freeFailures()) {
      int doublings = Math.min(count - settings.freeFailures() - 1, 30);
      Duration wait = settings.delay().multipliedBy(1L << doublings);
      waitUntil = now.plus(wait.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : wait);
      LOG.warn("{} failed logins from {}: its next login is accepted from {}", count, address, waitUntil);
    }
    if (failures.size() >= MAX_ADDRESSES) {
      failures.values().removeIf(f -> now.isAfter(f.last().plus(settings.forgetAfter())));
      if (failures.size() >= MAX_ADDRESSES) {
        LOG.warn("Failed logins from more than {} addresses: the count starts again", MAX_ADDRESSES);
        failures.clear();
      }
    }
    failures.put(address, new Failures(count, now, waitUntil));
  }
}
