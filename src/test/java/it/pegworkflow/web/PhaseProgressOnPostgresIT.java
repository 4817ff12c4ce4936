package it.pegworkflow.web;

import org.springframework.test.context.ContextConfiguration;

/** Progress updates, their table and the latest progress query again, on a real PostgreSQL. */
@ContextConfiguration(initializers = OnPostgres.class)
class PhaseProgressOnPostgresIT extends PhaseProgressTest {}
