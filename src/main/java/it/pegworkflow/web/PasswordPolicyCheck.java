package it.pegworkflow.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine refuses a password against the policy with an error that its REST API answers as a
 * 500 in English. A new user ({@code POST …/user/create}) or a new password ({@code PUT
 * …/user/{id}/credentials}), on {@code /engine-rest} and on the webapps' copy of it (Admin, the
 * user's own profile), is checked first: a weak one is a 400 saying in Italian what it lacks.
 */
class PasswordPolicyCheck extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CREATE = Pattern.compile(".*/user/create/?");
  private static final Pattern CREDENTIALS = Pattern.compile(".*/user/([^/]+)/credentials/?");
  private static final int MAX_BODY = 64 * 1024;
  private static final Map<String, String> RULES = Map.of(
      "PASSWORD_POLICY_LENGTH", "almeno 10 caratteri",
      "PASSWORD_POLICY_UPPERCASE", "una lettera maiuscola",
      "PASSWORD_POLICY_LOWERCASE", "una lettera minuscola",
      "PASSWORD_POLICY_DIGIT", "una cifra",
      "PASSWORD_POLICY_SPECIAL", "un simbolo (ad esempio - _ ! ?)",
      "PASSWORD_POLICY_USER_DATA", "non contenere nome utente, nome, cognome o e-mail");

  private final IdentityService identity;

  PasswordPolicyCheck(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI();
    Matcher credentials = CREDENTIALS.matcher(path);
    boolean create = "POST".equals(request.getMethod()) && CREATE.matcher(path).matches();
    boolean change = "PUT".equals(request.getMethod()) && credentials.matches();
    if ((!create && !change) || identity.getPasswordPolicy() == null) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      FilterProblem.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Richiesta troppo grande",
          "I dati dell'utente superano " + MAX_BODY / 1024 + " KB");
      return;
    }
    String weakness = weakness(body, create ? null : URLDecoder.decode(credentials.group(1), StandardCharsets.UTF_8));
    if (weakness != null) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("type", "InvalidRequestException");
      error.put("message", weakness);
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write(JSON.writeValueAsString(error));
      return;
    }
    chain.doFilter(new ReadBody(request, body), response);
  }

  /** What the password lacks, or null; a body that is not what the API expects is left to the API. */
  private String weakness(byte[] body, String existingUserId) {
    JsonNode json;
    try {
      json = JSON.readTree(body);
    } catch (IOException notJson) {
      return null;
    }
    if (json == null) {
      return null;
    }
    JsonNode password = existingUserId == null ? json.path("credentials").path("password") : json.path("password");
    if (!password.isTextual()) {
      return null;
    }
    User user = existingUserId == null ? newUser(json.path("profile"))
        : identity.createUserQuery().userId(existingUserId).singleResult();
    PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(password.asText(), user);
    if (result.isValid()) {
      return null;
    }
    return "La password non rispetta la politica delle password: deve avere "
        + String.join(", ", result.getViolatedRules().stream()
            .map(rule -> RULES.getOrDefault(rule.getPlaceholder(), rule.getPlaceholder())).toList());
  }

  private User newUser(JsonNode profile) {
    User user = identity.newUser(profile.path("id").asText(""));
    user.setFirstName(profile.path("firstName").asText(null));
    user.setLastName(profile.path("lastName").asText(null));
    user.setEmail(profile.path("email").asText(null));
    return user;
  }
}
