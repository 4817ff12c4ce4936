package it.pegworkflow.process;

import it.pegworkflow.web.OnPostgres;
import org.springframework.test.context.ContextConfiguration;

/** A running objective follows a variation on a real PostgreSQL: the same timers, tasks, grants and rows. */
@ContextConfiguration(initializers = OnPostgres.class)
class PlanFollowerOnPostgresIT extends PlanFollowerTest {}
