package it.pegworkflow.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * The engine REST API and Tasklist's copy of it read whole request bodies into memory: a task's
 * variables are a few lines of text, so bodies above {@code peg.max-task-request-size} are refused
 * with 413 before anything is read or parsed.
 */
@Configuration
class EngineRequestLimits {

  @Bean
  FilterRegistrationBean<RequestSizeLimit> engineRequestSizeLimit(
      @Value("${peg.max-task-request-size:1MB}") DataSize limit,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
    var registration = new FilterRegistrationBean<>(new RequestSizeLimit(limit.toBytes(), "Richiesta troppo grande",
        "La richiesta supera il limite di %s"));
    registration.addUrlPatterns("/engine-rest/*", webapps + "/api/engine/*");
    registration.setName("pegEngineRequestSizeLimit");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
