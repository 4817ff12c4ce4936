package it.pegworkflow.process;

import it.pegworkflow.web.OnPostgres;
import org.springframework.test.context.ContextConfiguration;

/** The projection on a real PostgreSQL: the same history events, the same rows. */
@ContextConfiguration(initializers = OnPostgres.class)
class ObjectiveProjectionOnPostgresIT extends ObjectiveProjectionTest {}
