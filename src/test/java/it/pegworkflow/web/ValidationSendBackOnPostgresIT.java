package it.pegworkflow.web;

import org.springframework.test.context.ContextConfiguration;

/** The same validation, send-backs and refusals on a real PostgreSQL. */
@ContextConfiguration(initializers = OnPostgres.class)
class ValidationSendBackOnPostgresIT extends ValidationSendBackTest {}
