package it.pegworkflow.demo;

import it.pegworkflow.platform.PasswordPolicyExemption;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's people get an e-mail address (on a domain that exists nowhere), so that the e-mails
 * they would receive appear in the log (docs/mail.md): the demo has no mail server.
 */
@Component
@Profile("demo")
@Order(3)
class DemoMailboxes implements ApplicationRunner {

  static final String DOMAIN = "demo.pegworkflow.invalid";

  private final IdentityService identity;

  DemoMailboxes(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (User user : identity.createUserQuery().list()) {
      if (user.getEmail() == null || user.getEmail().isBlank()) {
        user.setEmail(user.getId() + "@" + DOMAIN);
        PasswordPolicyExemption.saveUser(identity, user);
      }
    }
  }
}
