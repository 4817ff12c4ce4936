package it.pegworkflow.web;

import org.springframework.test.context.ContextConfiguration;

/** Every variation test (each change, dry run, refusals, two at once) again, on a real PostgreSQL. */
@ContextConfiguration(initializers = OnPostgres.class)
class VariationApiOnPostgresIT extends VariationApiTest {}
