package it.pegworkflow.web;

import org.springframework.test.context.ContextConfiguration;

/** Every import test (errors, 409, two imports at once) again, on a real PostgreSQL. */
@ContextConfiguration(initializers = OnPostgres.class)
class ImportApiOnPostgresIT extends ImportApiTest {}
