package it.pegworkflow.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.pegworkflow.mail.Frequency;
import it.pegworkflow.mailing.NotificationSettings;
import it.pegworkflow.platform.CurrentUser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How often a person gets e-mail (docs/mail.md): each their own under {@code /api/me/notifications},
 * an administrator ({@code camunda-admin}) anybody's under {@code /api/users/{id}/notifications}.
 * The body is {@code {"frequency": "IMMEDIATE" | "DAILY_DIGEST" | "NONE"}} and nothing else.
 */
@RestController
@RequestMapping("/api")
class NotificationsController {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final NotificationSettings settings;
  private final IdentityService identity;

  NotificationsController(NotificationSettings settings, IdentityService identity) {
    this.settings = settings;
    this.identity = identity;
  }

  @GetMapping("/me/notifications")
  Map<String, Object> mine() {
    return shown(me());
  }

  @PutMapping("/me/notifications")
  Map<String, Object> setMine(@RequestBody(required = false) String body) {
    User user = me();
    settings.set(user.getId(), frequency(body));
    return shown(user);
  }

  @GetMapping("/users/{userId}/notifications")
  Map<String, Object> theirs(@PathVariable String userId) {
    return shown(administered(userId));
  }

  @PutMapping("/users/{userId}/notifications")
  Map<String, Object> setTheirs(@PathVariable String userId, @RequestBody(required = false) String body) {
    User user = administered(userId);
    settings.set(user.getId(), frequency(body));
    return shown(user);
  }

  private User me() {
    String id = CurrentUser.of(identity).orElseThrow(() -> new Refused(HttpStatus.UNAUTHORIZED, "Accesso richiesto",
        "Serve un utente autenticato")).id();
    return user(id);
  }

  private User administered(String userId) {
    boolean administrator = CurrentUser.of(identity).map(u -> u.groups().contains(Groups.CAMUNDA_ADMIN)).orElse(false);
    if (!administrator) {
      throw new Refused(HttpStatus.FORBIDDEN, "Operazione non consentita",
          "Solo un amministratore (gruppo camunda-admin) legge e cambia le e-mail di un altro utente");
    }
    return user(userId);
  }

  private User user(String id) {
    User user = id.length() > 64 ? null : identity.createUserQuery().userId(id).singleResult();
    if (user == null) {
      throw new Refused(HttpStatus.NOT_FOUND, "Utente non trovato", "Nessun utente con id «"
          + (id.length() > 64 ? id.substring(0, 64) + "…" : id) + "»");
    }
    return user;
  }

  private Map<String, Object> shown(User user) {
    NotificationSettings.Choice choice = settings.of(user.getId());
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("userId", user.getId());
    shown.put("email", user.getEmail());
    shown.put("frequency", choice.frequency().name());
    shown.put("chosen", choice.chosen());
    return shown;
  }

  /** The one field the contract names, with one of its values; anything else is refused, nothing changed. */
  private static Frequency frequency(String body) {
    JsonNode json;
    try {
      json = body == null || body.isBlank() ? null : JSON.readTree(body);
    } catch (IOException e) {
      throw badRequest("Il corpo della richiesta non è JSON valido: si attende {\"frequency\": \"DAILY_DIGEST\"}");
    }
    if (json == null || !json.isObject()) {
      throw badRequest("Si attende un oggetto JSON come {\"frequency\": \"DAILY_DIGEST\"}");
    }
    List<String> unknown = new ArrayList<>();
    json.fieldNames().forEachRemaining(name -> {
      if (!name.equals("frequency")) {
        unknown.add(name.length() > 40 ? name.substring(0, 40) + "…" : name);
      }
    });
    if (!unknown.isEmpty()) {
      throw badRequest("Campi non previsti: " + unknown + "; l'unico campo è «frequency»");
    }
    JsonNode value = json.get("frequency");
    try {
      return Frequency.parse(value != null && value.isTextual() ? value.asText() : null);
    } catch (IllegalArgumentException e) {
      throw badRequest(e.getMessage());
    }
  }

  private static Refused badRequest(String detail) {
    return new Refused(HttpStatus.BAD_REQUEST, "Richiesta non valida", detail);
  }

  @ExceptionHandler(Refused.class)
  ProblemDetail refused(Refused e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status, e.getMessage());
    problem.setTitle(e.title);
    return problem;
  }

  /** A request this API does not accept, answered in Italian. */
  static final class Refused extends RuntimeException {
    private final HttpStatus status;
    private final String title;

    Refused(HttpStatus status, String title, String detail) {
      super(detail, null, false, false);
      this.status = status;
      this.title = title;
    }
  }
}
