package it.pegworkflow.web;

import org.springframework.test.context.ContextConfiguration;

/** «I miei compiti» (an OR query with the current user's expressions) again, on a real PostgreSQL. */
@ContextConfiguration(initializers = OnPostgres.class)
class TasklistLandingOnPostgresIT extends TasklistLandingTest {}
