package it.pegworkflow.operations;

import it.pegworkflow.PegApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One node of a cluster started in this JVM on a shared PostgreSQL: its own engine name and process
 * application, its job executor on, an administrator to call it with; {@code extra} adds settings.
 */
final class InProcessNode {

  private InProcessNode() {}

  static ConfigurableApplicationContext start(String name, String url, String admin, String password, String... extra) {
    List<String> arguments = new ArrayList<>(List.of(
        "--server.port=0",
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + PostgresServer.USER,
        "--spring.datasource.password=",
        "--spring.jmx.enabled=false",
        "--camunda.bpm.process-engine-name=" + name,
        "--camunda.bpm.generate-unique-process-application-name=true",
        "--camunda.bpm.job-execution.enabled=true",
        "--peg.admin.user=" + admin,
        "--peg.admin.password=" + password));
    arguments.addAll(List.of(extra));
    return new SpringApplicationBuilder(PegApplication.class).run(arguments.toArray(String[]::new));
  }

  static int port(ConfigurableApplicationContext node) {
    return ((WebServerApplicationContext) node).getWebServer().getPort();
  }
}
