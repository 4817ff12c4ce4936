package it.pegworkflow.mailing;

import it.pegworkflow.web.OnPostgres;
import org.springframework.test.context.ContextConfiguration;

/** The relay down then back, and a person without an address, again on a real PostgreSQL. */
@ContextConfiguration(initializers = OnPostgres.class)
class SmtpDownOnPostgresIT extends SmtpDownTest {}
