package it.pegworkflow.web;

import org.springframework.test.context.ContextConfiguration;

/** Every directory import test again, on a real PostgreSQL (accounts made and converted, refusals). */
@ContextConfiguration(initializers = DirectoryOnPostgres.class)
class DirectoryImportOnPostgresIT extends DirectoryImportTest {}
