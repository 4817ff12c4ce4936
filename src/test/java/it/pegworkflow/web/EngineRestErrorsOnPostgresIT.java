package it.pegworkflow.web;

import org.springframework.test.context.ContextConfiguration;

/** Refused task input (the process listeners validate) again, on a real PostgreSQL. */
@ContextConfiguration(initializers = OnPostgres.class)
class EngineRestErrorsOnPostgresIT extends EngineRestErrorsTest {}
