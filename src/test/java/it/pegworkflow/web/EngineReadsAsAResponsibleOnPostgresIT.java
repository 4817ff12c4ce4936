package it.pegworkflow.web;

import org.springframework.test.context.ContextConfiguration;

/** The sweep of every engine read as a responsible, again on a real PostgreSQL. */
@ContextConfiguration(initializers = OnPostgres.class)
class EngineReadsAsAResponsibleOnPostgresIT extends EngineReadsAsAResponsibleTest {}
