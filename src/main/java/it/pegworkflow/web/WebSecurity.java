package it.pegworkflow.web;

import it.pegworkflow.platform.ApiAuthentication;
import it.pegworkflow.platform.EngineRestBasicAuthentication;
import it.pegworkflow.process.PegProperties;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * No anonymous access to the APIs: ours and the engine's REST API both ask for HTTP Basic with a
 * Camunda user; ours also lets a user logged into the webapps read. The webapps keep their own login.
 */
@Configuration
@EnableConfigurationProperties(SecuritySettings.class)
class WebSecurity {

  /** Ahead of Camunda's webapp filters, which would serve the setup page and take the request. */
  @Bean
  FilterRegistrationBean<ClosedSetupPage> closedSetupPage(CamundaBpmProperties camunda, SecuritySettings settings) {
    String applicationPath = camunda.getWebapp().getApplicationPath();
    var registration = new FilterRegistrationBean<>(new ClosedSetupPage(applicationPath));
    registration.addUrlPatterns(applicationPath + "/api/admin/setup/*", applicationPath + "/app/admin/*");
    registration.setName("pegClosedSetupPage");
    registration.setEnabled(!settings.setupPageOpen());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  /** First, so that every answer of ours carries them, a 401 or a 403 of the filters below included. */
  @Bean
  FilterRegistrationBean<ApiSecurityHeaders> apiSecurityHeaders() {
    var registration = new FilterRegistrationBean<>(new ApiSecurityHeaders());
    registration.addUrlPatterns("/api/*");
    registration.setName("pegApiSecurityHeaders");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /** Before any login is checked: a foreign page's request neither writes nor counts as a failed login. */
  @Bean
  FilterRegistrationBean<SameOriginWrites> sameOriginWrites() {
    var registration = new FilterRegistrationBean<>(new SameOriginWrites());
    registration.addUrlPatterns("/api/*", "/engine-rest/*");
    registration.setName("pegSameOriginWrites");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  /** After the origin check (a foreign page's request is no login), before any password is checked. */
  @Bean
  FilterRegistrationBean<LoginThrottle> loginThrottle(CamundaBpmProperties camunda, SecuritySettings settings) {
    String applicationPath = camunda.getWebapp().getApplicationPath();
    var registration = new FilterRegistrationBean<>(new LoginThrottle(settings.login(), applicationPath));
    registration.addUrlPatterns("/api/*", "/error", "/engine-rest/*", applicationPath + "/api/admin/auth/user/*");
    registration.setName("pegLoginThrottle");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 7);
    return registration;
  }

  /**
   * Inside the throttle (a login the directory could not check is no failed login), around every
   * password check of the engine's REST API and of the webapps' login form; {@code /api} answers
   * for itself ({@code ApiAuthentication}).
   */
  @Bean
  FilterRegistrationBean<DirectoryOutageAnswer> directoryOutageAnswer(CamundaBpmProperties camunda) {
    String applicationPath = camunda.getWebapp().getApplicationPath();
    var registration = new FilterRegistrationBean<>(new DirectoryOutageAnswer());
    registration.addUrlPatterns("/engine-rest/*", applicationPath + "/api/admin/auth/user/*");
    registration.setName("pegDirectoryOutageAnswer");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 8);
    return registration;
  }

  /** After the logins (an anonymous caller learns nothing about the policy). */
  @Bean
  FilterRegistrationBean<PasswordPolicyCheck> passwordPolicyCheck(ProcessEngine engine, CamundaBpmProperties camunda) {
    var registration = new FilterRegistrationBean<>(new PasswordPolicyCheck(engine.getIdentityService()));
    registration.addUrlPatterns("/engine-rest/*", camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    registration.setName("pegPasswordPolicyCheck");
    return registration;
  }

  @Bean
  FilterRegistrationBean<ApiAuthentication> apiAuthentication(ProcessEngine engine) {
    var registration = new FilterRegistrationBean<>(new ApiAuthentication(engine.getIdentityService(), engine.getName()));
    // Spring's error page too, when called directly: errors of other requests reach it without this filter
    registration.addUrlPatterns("/api/*", "/error");
    registration.setName("pegApiAuthentication");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /**
   * Camunda's filter lets the list of engines ({@code GET /engine-rest/engine}) through without a
   * login, since it names no engine to check the user against: ours asks for one there too.
   */
  @Bean
  FilterRegistrationBean<ApiAuthentication> engineListAuthentication(ProcessEngine engine) {
    var registration = new FilterRegistrationBean<>(new ApiAuthentication(engine.getIdentityService(), engine.getName()));
    registration.addUrlPatterns("/engine-rest/engine", "/engine-rest/engine/");
    registration.setName("pegEngineListAuthentication");
    return registration;
  }

  /** After the authentication: a caller without credentials gets 401 whatever it sends. */
  @Bean
  FilterRegistrationBean<RequestSizeLimit> apiRequestSizeLimit(PegProperties properties) {
    var registration = new FilterRegistrationBean<>(new RequestSizeLimit(properties.maxSheetSize().toBytes()));
    registration.addUrlPatterns("/api/*");
    registration.setName("pegApiRequestSizeLimit");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        EngineRestBasicAuthentication.class.getName());
    registration.setName("camundaEngineRestAuthentication");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }
}
