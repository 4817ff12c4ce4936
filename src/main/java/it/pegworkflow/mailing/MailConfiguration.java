package it.pegworkflow.mailing;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The SMTP relay when {@code spring.mail.host} is set (Spring Boot then makes the sender), else the log. */
@Configuration
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

  @Bean
  MailTransport mailTransport(ObjectProvider<JavaMailSenderImpl> smtp, MailSettings settings) {
    JavaMailSenderImpl sender = smtp.getIfAvailable();
    // spring.mail.host given but empty (PEG_MAIL_HOST unset) still makes Spring Boot's sender: no relay
    return sender == null || sender.getHost() == null || sender.getHost().isBlank() ? new LogTransport() : new SmtpTransport(sender, settings.from());
  }
}
