package it.pegworkflow.platform;

import it.pegworkflow.platform.RefusedCommand;
import it.pegworkflow.platform.UserMistakes;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import jakarta.servlet.ServletRegistration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.server.ServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a task listener refuses what a user entered (a {@code TaskInputException}), Camunda's REST API
 * answers 500 {@code {"type":"RestException","message":"Cannot complete task …: ENGINE-03051 …
 * Message: 'Exception while invoking TaskListener: <our message>'"}}: a server failure, with our
 * Italian message buried. It is the user's mistake, so this answers 400
 * {@code {"type":"TaskInputException","message":"<our message>"}}. The same for every refusal and
 * user mistake {@link UserMistakes} knows (a concurrent completion 409, a completed task 404, a
 * variable write by the wrong person 403...), with one INFO line in the log; every other error keeps
 * Camunda's answer.
 */
@Configuration
class TaskInputErrors {

  private static final Logger LOG = LoggerFactory.getLogger(TaskInputErrors.class);

  private static final String TASKLIST_ENGINE_API = "Engine Api";

  @Bean
  ResourceConfigCustomizer taskInputErrorMappers() {
    return config -> config.register(RefusedInput.class).register(RefusedInputInEngine.class).register(NotAllowed.class)
        .register(TaskComments.class);
  }

  /**
   * Tasklist completes tasks through the webapps' own copy of the engine REST API (the Jersey
   * servlet "Engine Api"): the same mappers go there, so the person at the form reads our message,
   * not Camunda's wrapping of it. Camunda's webapp initializer registers that servlet unless one of
   * the name exists; initializers run in no set order, so this one registers it as Camunda would
   * when it comes first, and only adds the mappers when it comes second. The task comments of
   * {@link TaskComments} go to both APIs the same way.
   */
  @Bean
  ServletContextInitializer taskInputErrorMappersForTasklist(CamundaBpmProperties camunda) {
    return servletContext -> {
      ServletRegistration engineApi = servletContext.getServletRegistration(TASKLIST_ENGINE_API);
      if (engineApi == null) {
        var registration = servletContext.addServlet(TASKLIST_ENGINE_API, ServletContainer.class);
        registration.addMapping(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
        registration.setInitParameter("jakarta.ws.rs.Application", EngineRestApplication.class.getName());
        engineApi = registration;
      }
      engineApi.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, RefusedInput.class.getName() + ","
          + RefusedInputInEngine.class.getName() + "," + NotAllowed.class.getName() + "," + TaskComments.class.getName());
    };
  }

  /** Task completion wraps the engine's exception in a RestException. */
  @Priority(Priorities.USER - 100) // ahead of Camunda's mapper for the same type (default priority USER)
  static class RefusedInput implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException e) {
      RefusedCommand refused = UserMistakes.in(e);
      return refused != null ? refusal(refused, e) : new RestExceptionHandler().toResponse(e);
    }
  }

  /** Other endpoints (form submission, variables) let the engine's exception through. */
  @Priority(Priorities.USER - 100)
  static class RefusedInputInEngine implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException e) {
      RefusedCommand refused = UserMistakes.in(e);
      return refused != null ? refusal(refused, e) : new ProcessEngineExceptionHandler().toResponse(e);
    }
  }

  /** A missing permission: Camunda's own mapper for it is more specific than ours above, and English. */
  @Priority(Priorities.USER - 100)
  static class NotAllowed implements ExceptionMapper<AuthorizationException> {
    @Override
    public Response toResponse(AuthorizationException e) {
      return refusal(UserMistakes.notAllowed(e), e);
    }
  }

  private static Response refusal(RefusedCommand refused, Exception error) {
    if (!UserMistakes.alreadyLogged(error)) {
      LOG.info("Richiesta rifiutata ({}): {}", refused.status(), refused.getMessage());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", refused.getClass().getSimpleName());
    body.put("message", refused.getMessage());
    return Response.status(refused.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
