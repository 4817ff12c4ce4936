package it.pegworkflow.web;

import org.springframework.test.context.ContextConfiguration;

/** The versions, who reads them and the dashboard's marker and filter, on a real PostgreSQL. */
@ContextConfiguration(initializers = OnPostgres.class)
class PlanVersionsOnPostgresIT extends PlanVersionsTest {}
