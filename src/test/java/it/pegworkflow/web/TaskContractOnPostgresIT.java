package it.pegworkflow.web;

import org.springframework.test.context.ContextConfiguration;

/** The same checks on a real PostgreSQL. */
@ContextConfiguration(initializers = OnPostgres.class)
class TaskContractOnPostgresIT extends TaskContractTest {}
