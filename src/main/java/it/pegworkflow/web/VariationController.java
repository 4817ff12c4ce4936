package it.pegworkflow.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.pegworkflow.importing.DirectoryDown;
import it.pegworkflow.sheet.SheetException;
import it.pegworkflow.variation.Change;
import it.pegworkflow.varying.PlanVariations;
import it.pegworkflow.varying.Reassignments;
import it.pegworkflow.varying.VariationRefused;
import it.pegworkflow.varying.Withdrawals;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plan changes during the year (docs/variations.md): a variation sent as the reprinted sheet, a
 * withdrawal, a reassignment; each with its act. Only the controllo di gestione and camunda-admin.
 * Every answer is {@code {"variations":[{"code":…,"changes":[…]}]}}; a change has {@code phase} or
 * {@code indicator} only when it is a phase's or an indicator's, and always {@code before} and
 * {@code after} (null where there was nothing).
 */
@RestController
class VariationController {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NOT_ALLOWED =
      "Solo il controllo di gestione può inviare variazioni, ritiri e riassegnazioni del PEG";
  private static final Set<String> REASSIGNMENT_FIELDS = Set.of("from", "to", "act", "effective");

  private final PlanVariations variations;
  private final Withdrawals withdrawals;
  private final Reassignments reassignments;
  private final ImportPermission permission;

  VariationController(PlanVariations variations, Withdrawals withdrawals, Reassignments reassignments,
      ImportPermission permission) {
    this.variations = variations;
    this.withdrawals = withdrawals;
    this.reassignments = reassignments;
    this.permission = permission;
  }

  /** The reprinted sheet of the objectives the act changes; {@code dryRun=true} answers the same and changes nothing. */
  @PostMapping(path = "/api/variations", consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
  Map<String, Object> vary(HttpServletRequest request, @RequestBody(required = false) byte[] sheet) {
    permission.check(NOT_ALLOWED);
    onlyParameters(request, "act", "effective", "dryRun");
    boolean dryRun = dryRun(request.getParameter("dryRun"));
    var varied = variations.vary(sheet == null ? new byte[0] : sheet, request.getParameter("act"),
        request.getParameter("effective"), dryRun);
    return answer(varied.stream().map(v -> shown(v.code(), v.changes())).toList());
  }

  @PostMapping("/api/objectives/{code}/withdrawal")
  Map<String, Object> withdraw(HttpServletRequest request, @PathVariable String code) {
    permission.check(NOT_ALLOWED);
    onlyParameters(request, "act", "effective");
    Change withdrawn = withdrawals.withdraw(code, request.getParameter("act"), request.getParameter("effective"));
    return answer(List.of(shown(code, List.of(withdrawn))));
  }

  /** {@code {"from":"vernamarco","to":"rossianna","act":"…","effective":"2026-07-18"}}, nothing else. */
  @PostMapping("/api/reassignments")
  Map<String, Object> reassign(HttpServletRequest request, @RequestBody(required = false) String body) {
    permission.check(NOT_ALLOWED);
    onlyParameters(request);
    JsonNode json = reassignment(body);
    var changes = reassignments.reassign(text(json, "from"), text(json, "to"), text(json, "act"),
        text(json, "effective"));
    List<Map<String, Object>> shown = new ArrayList<>();
    changes.forEach((code, phases) -> shown.add(shown(code, phases)));
    return answer(shown);
  }

  private static Map<String, Object> answer(List<Map<String, Object>> variations) {
    return Map.of("variations", variations);
  }

  private static Map<String, Object> shown(String code, List<Change> changes) {
    Map<String, Object> objective = new LinkedHashMap<>();
    objective.put("code", code);
    objective.put("changes", changes.stream().map(VariationController::shown).toList());
    return objective;
  }

  private static Map<String, Object> shown(Change change) {
    Map<String, Object> shown = new LinkedHashMap<>();
    if (change.phase() != null) {
      shown.put("phase", change.phase());
    }
    if (change.indicator() != null) {
      shown.put("indicator", change.indicator());
    }
    shown.put("attribute", change.attribute().apiName());
    shown.put("before", change.before());
    shown.put("after", change.after());
    return shown;
  }

  private static void onlyParameters(HttpServletRequest request, String... names) {
    List<String> unknown = request.getParameterMap().keySet().stream().filter(n -> !List.of(names).contains(n))
        .map(n -> n.length() > 40 ? n.substring(0, 40) + "…" : n).toList();
    if (!unknown.isEmpty()) {
      throw badRequest("Parametri non previsti: " + unknown
          + (names.length == 0 ? "" : "; i parametri sono " + String.join(", ", names)));
    }
  }

  private static boolean dryRun(String value) {
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw badRequest("Il parametro «dryRun» vale true o false, non «"
        + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "»");
  }

  private static JsonNode reassignment(String body) {
    String example = "{\"from\": \"vernamarco\", \"to\": \"rossianna\", \"act\": \"Delibera G.C. n. 214 del 18/07/2026\", "
        + "\"effective\": \"2026-07-18\"}";
    JsonNode json;
    try {
      json = body == null || body.isBlank() ? null : JSON.readTree(body);
    } catch (IOException e) {
      throw badRequest("Il corpo della richiesta non è JSON valido: si attende " + example);
    }
    if (json == null || !json.isObject()) {
      throw badRequest("Si attende un oggetto JSON come " + example);
    }
    List<String> unknown = new ArrayList<>();
    json.fieldNames().forEachRemaining(name -> {
      if (!REASSIGNMENT_FIELDS.contains(name)) {
        unknown.add(name.length() > 40 ? name.substring(0, 40) + "…" : name);
      }
    });
    if (!unknown.isEmpty()) {
      throw badRequest("Campi non previsti: " + unknown + "; i campi sono from, to, act, effective");
    }
    json.fields().forEachRemaining(field -> {
      if (!field.getValue().isTextual() && !field.getValue().isNull()) {
        throw badRequest("Il campo «" + field.getKey() + "» è un testo");
      }
    });
    return json;
  }

  private static String text(JsonNode json, String field) {
    JsonNode value = json.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static VariationRefused badRequest(String message) {
    return VariationRefused.badRequest(message);
  }

  @ExceptionHandler(VariationRefused.class)
  ProblemDetail refused(VariationRefused e) {
    LoggerFactory.getLogger(VariationController.class).info("Richiesta rifiutata ({}): {}", e.status(), e.getMessage());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), e.getMessage());
    problem.setTitle(e.title());
    return problem;
  }

  /** The directory is needed to know the new version's people: nothing was varied. */
  @ExceptionHandler(DirectoryDown.class)
  ProblemDetail directoryDown(DirectoryDown e, jakarta.servlet.http.HttpServletResponse response) {
    response.setHeader("Retry-After", "60");
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "L'elenco del personale "
        + "del Comune (LDAP) non risponde: senza di esso le persone del foglio non si riconoscono. Nessuna variazione è "
        + "stata registrata: riprovare fra qualche minuto");
    problem.setTitle("Elenco del personale non raggiungibile");
    return problem;
  }

  /** The import's answer to a bad sheet, with this endpoint's words: nothing was varied. */
  @ExceptionHandler(SheetException.class)
  ProblemDetail badSheet(SheetException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "Il foglio PEG contiene errori: nessuna variazione è stata registrata");
    problem.setTitle("Foglio PEG non valido");
    problem.setProperty("errors", e.errors().stream()
        .map(error -> Map.<String, Object>of("line", error.line(), "message", error.message())).toList());
    return problem;
  }
}
