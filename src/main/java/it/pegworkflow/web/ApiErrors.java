package it.pegworkflow.web;

import it.pegworkflow.importing.DirectoryDown;
import it.pegworkflow.importing.ObjectiveAlreadyImported;
import it.pegworkflow.process.ReopeningRefused;
import it.pegworkflow.sheet.SheetException;
import org.slf4j.LoggerFactory;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of our API as {@code application/problem+json}, in Italian. */
@RestControllerAdvice
class ApiErrors {

  @ExceptionHandler(SheetException.class)
  ProblemDetail badSheet(SheetException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "Il foglio PEG contiene errori: nessun obiettivo è stato importato");
    problem.setTitle("Foglio PEG non valido");
    List<Map<String, Object>> errors = e.errors().stream()
        .map(error -> Map.<String, Object>of("line", error.line(), "message", error.message()))
        .toList();
    problem.setProperty("errors", errors);
    return problem;
  }

  @ExceptionHandler(ObjectiveAlreadyImported.class)
  ProblemDetail alreadyImported(ObjectiveAlreadyImported e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Obiettivo già importato");
    problem.setProperty("code", e.code());
    problem.setInstance(URI.create("/api/objectives/" + e.code()));
    return problem;
  }

  /** The directory is needed to know the sheet's people: not the caller's fault, nor a failure of ours. */
  @ExceptionHandler(DirectoryDown.class)
  ProblemDetail directoryDown(DirectoryDown e, jakarta.servlet.http.HttpServletResponse response) {
    response.setHeader("Retry-After", "60");
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    problem.setTitle("Elenco del personale non raggiungibile");
    return problem;
  }

  @ExceptionHandler(UnknownObjective.class)
  ProblemDetail unknown(UnknownObjective e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("Obiettivo non trovato");
    return problem;
  }

  @ExceptionHandler(CampaignController.UnknownCampaign.class)
  ProblemDetail unknownCampaign(CampaignController.UnknownCampaign e) {
    return refused(HttpStatus.NOT_FOUND, "Campagna non trovata", e.getMessage());
  }

  @ExceptionHandler(ReopeningRefused.class)
  ProblemDetail reopeningRefused(ReopeningRefused e) {
    return refused(HttpStatus.valueOf(e.status()), "Fase non riaperta", e.getMessage());
  }

  @ExceptionHandler({ObjectiveTrailController.ReopeningNotAllowed.class, ObjectiveTrailController.ReopeningRefused404.class,
      ObjectiveTrailController.ReopeningBadRequest.class})
  ProblemDetail reopeningNotAllowed(RuntimeException e) {
    HttpStatus status = e instanceof ObjectiveTrailController.ReopeningNotAllowed ? HttpStatus.FORBIDDEN
        : e instanceof ObjectiveTrailController.ReopeningRefused404 ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
    return refused(status, "Fase non riaperta", e.getMessage());
  }

  /** A caller's mistake: one INFO line, no stack trace. */
  private static ProblemDetail refused(HttpStatus status, String title, String message) {
    LoggerFactory.getLogger(ApiErrors.class).info("Richiesta rifiutata ({}): {}", status.value(), message);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
    problem.setTitle(title);
    return problem;
  }

  @ExceptionHandler(ImportNotAllowed.class)
  ProblemDetail forbidden(ImportNotAllowed e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    problem.setTitle("Operazione non consentita");
    return problem;
  }
}
