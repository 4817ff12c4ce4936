package it.pegworkflow.web;

import org.springframework.test.context.ContextConfiguration;

/** Who reads what of an objective's history, again on a real PostgreSQL (its queries join otherwise). */
@ContextConfiguration(initializers = OnPostgres.class)
class HistoryPrivacyOnPostgresIT extends HistoryPrivacyTest {}
