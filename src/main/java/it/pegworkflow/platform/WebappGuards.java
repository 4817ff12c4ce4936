package it.pegworkflow.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Checks of ours in front of Camunda's webapps, where the webapps' own security stops short. */
@Configuration
class WebappGuards {

  @Bean
  FilterRegistrationBean<CockpitApiAccess> cockpitApiAccess(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    var registration = new FilterRegistrationBean<>(new CockpitApiAccess());
    registration.addUrlPatterns(applicationPath + "/api/cockpit/*");
    registration.setName("pegCockpitApiAccess");
    return registration;
  }
}
