package it.pegworkflow.mailing;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.stereotype.Component;

/** The address of a task in Tasklist, as a person opens it from an e-mail. */
@Component
class Links {

  private final String tasklist;

  Links(MailSettings settings, CamundaBpmProperties camunda) {
    String base = settings.baseUrl().endsWith("/") ? settings.baseUrl().substring(0, settings.baseUrl().length() - 1)
        : settings.baseUrl();
    this.tasklist = base + camunda.getWebapp().getApplicationPath() + "/app/tasklist/";
  }

  String task(String engineName, String taskId) {
    return tasklist + engineName + "/#/?task=" + taskId;
  }
}
