-- The Direttore's user id, as the import resolved it (like manager_id): a variation that changes the
-- Direzione moves the grants on the running instance to the new one (docs/process.md, "When the plan
-- changes"). Null for a sheet without a Direttore, and for objectives imported before this column: the
-- grants they got at import stay until a variation names their Direttore again.
alter table peg_objective add column director_id varchar(64);
