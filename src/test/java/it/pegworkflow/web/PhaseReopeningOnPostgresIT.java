package it.pegworkflow.web;

import org.springframework.test.context.ContextConfiguration;

/** Reopening, the trail and their refusals again, on a real PostgreSQL. */
@ContextConfiguration(initializers = OnPostgres.class)
class PhaseReopeningOnPostgresIT extends PhaseReopeningTest {}
