package it.pegworkflow.mailing;

import it.pegworkflow.web.OnPostgres;
import org.springframework.test.context.ContextConfiguration;

/** The daily digest again, on a real PostgreSQL (its timestamps, its claim query). */
@ContextConfiguration(initializers = OnPostgres.class)
class DailyDigestOnPostgresIT extends DailyDigestTest {}
