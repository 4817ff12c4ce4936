package it.pegworkflow.web;

import org.springframework.test.context.ContextConfiguration;

/** The campaigns' API, the dashboard's column and the Gantt's marks again, on a real PostgreSQL. */
@ContextConfiguration(initializers = OnPostgres.class)
class CampaignApiOnPostgresIT extends CampaignApiTest {}
