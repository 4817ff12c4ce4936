package it.pegworkflow.web;

import org.springframework.test.context.ContextConfiguration;

/** The Variazioni sheet, the late-variation flag and the baseline in the Gantt, on a real PostgreSQL. */
@ContextConfiguration(initializers = OnPostgres.class)
class VariationReportOnPostgresIT extends VariationReportTest {}
