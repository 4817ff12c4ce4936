package it.pegworkflow.platform;

import it.pegworkflow.directory.DirectoryLogin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.spring.SpringProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * Camunda's own identity tables stay the one home of users, groups and memberships (the import's
 * offices and roles included); only the password of a directory account is checked elsewhere, by
 * {@link DirectoryIdentityProvider}. Every login goes through it: the webapps' login form, HTTP
 * Basic on {@code /engine-rest} and on {@code /api}, a user's "current password" in Camunda Admin.
 */
@Component
class DirectoryAccounts extends SpringProcessEnginePlugin {

  private final DirectoryLogin directory;

  DirectoryAccounts(DirectoryLogin directory) {
    this.directory = directory;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return DirectoryIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        return new DirectoryIdentityProvider(directory);
      }
    });
  }
}
