package it.pegworkflow.process;

import it.pegworkflow.web.OnPostgres;
import org.springframework.test.context.ContextConfiguration;

/** The migration of an objective of the earlier model, and its phase removed, on a real PostgreSQL. */
@ContextConfiguration(initializers = OnPostgres.class)
class EarlierModelFollowsOnPostgresIT extends EarlierModelFollowsTest {}
