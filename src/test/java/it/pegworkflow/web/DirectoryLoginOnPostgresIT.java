package it.pegworkflow.web;

import org.springframework.test.context.ContextConfiguration;

/** Every directory login test again, on a real PostgreSQL (the account's delay, roles made at a login). */
@ContextConfiguration(initializers = DirectoryOnPostgres.class)
class DirectoryLoginOnPostgresIT extends DirectoryLoginTest {}
