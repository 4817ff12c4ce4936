package it.pegworkflow.web;

import org.springframework.test.context.ContextConfiguration;

/** The campaign at 30/06 (questions, answers, correction, non pervenuto, early close, refusals) on a real PostgreSQL. */
@ContextConfiguration(initializers = OnPostgres.class)
class MonitoringCampaignOnPostgresIT extends MonitoringCampaignTest {}
