package it.pegworkflow.web;

import org.springframework.test.context.ContextConfiguration;

/** The id space of the sheets (reserved ids, collisions, other scripts) again, on a real PostgreSQL. */
@ContextConfiguration(initializers = OnPostgres.class)
class SheetPeopleOnPostgresIT extends SheetPeopleTest {}
