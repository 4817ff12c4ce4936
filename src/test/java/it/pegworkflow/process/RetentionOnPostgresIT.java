package it.pegworkflow.process;

import it.pegworkflow.web.OnPostgres;
import org.springframework.test.context.ContextConfiguration;

/** The history cleanup ten years on, on a real PostgreSQL: the same rows go, the same rows stay. */
@ContextConfiguration(initializers = OnPostgres.class)
class RetentionOnPostgresIT extends RetentionTest {}
