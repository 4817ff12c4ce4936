package it.pegworkflow.web;

import org.springframework.test.context.ContextConfiguration;

/** The whole year of an objective (timers, tasks, scores, validation) again, on a real PostgreSQL. */
@ContextConfiguration(initializers = OnPostgres.class)
class EngineRestLifecycleOnPostgresIT extends EngineRestLifecycleTest {}
