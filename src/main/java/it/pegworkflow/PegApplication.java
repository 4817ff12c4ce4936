package it.pegworkflow;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@EnableProcessApplication
public class PegApplication {

  public static void main(String[] args) {
    SpringApplication.run(PegApplication.class, args);
  }
}
