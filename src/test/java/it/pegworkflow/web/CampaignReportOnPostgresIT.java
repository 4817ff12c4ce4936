package it.pegworkflow.web;

import org.springframework.test.context.ContextConfiguration;

/** The campaign's report again, on a real PostgreSQL. */
@ContextConfiguration(initializers = OnPostgres.class)
class CampaignReportOnPostgresIT extends CampaignReportTest {}
