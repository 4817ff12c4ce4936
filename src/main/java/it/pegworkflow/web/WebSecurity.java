package it.pegworkflow.web;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * No anonymous access to the APIs: ours and the engine's REST API both ask for HTTP Basic with a
 * Camunda user; ours also lets a user logged into the webapps read. The webapps keep their own login.
 */
@Configuration
class WebSecurity {

  @Bean
  FilterRegistrationBean<ApiAuthentication> apiAuthentication(ProcessEngine engine) {
    var registration = new FilterRegistrationBean<>(new ApiAuthentication(engine.getIdentityService(), engine.getName()));
    registration.addUrlPatterns("/api/*");
    registration.setName("pegApiAuthentication");
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        EngineRestBasicAuthentication.class.getName());
    registration.setName("camundaEngineRestAuthentication");
    return registration;
  }
}
