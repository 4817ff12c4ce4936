-- The target of each indicator, read once from the sheet's "Valore Atteso" at import and kept here,
-- so that the task form, the check of the recorded value and the score follow what was read then,
-- whatever a later release's reader would make of the words (docs/importing.md, "Stored targets").
-- Plain SQL that H2 and PostgreSQL both read. Rows imported before this migration are filled once
-- at start-up from expected_value (process/StoredTargetsBackfill): Italian is no SQL.
--
-- target_kind        DATE, THRESHOLD, RATIO, YES_NO, MANUAL (written, read by no rule), NONE (none written)
-- target_comparison  BY (DATE), GREATER_THAN / AT_LEAST / LESS_THAN / AT_MOST (THRESHOLD), AT_LEAST (RATIO)
-- target_value       the threshold (in percent when target_percentage)
-- target_numerator, target_denominator   the ratio as written (2/4 stays 2 and 4)
-- target_date        the deadline
-- target_percentage  THRESHOLD only: the value is a percentage
-- target_expected    YES_NO only: SI is true, NO false
-- Numbers are at most 24 characters as written (ItalianNumbers), so 24 digits each side suffice.

alter table peg_indicator add column target_kind varchar(20);
alter table peg_indicator add column target_comparison varchar(20);
alter table peg_indicator add column target_value numeric(48, 24);
alter table peg_indicator add column target_numerator numeric(48, 24);
alter table peg_indicator add column target_denominator numeric(48, 24);
alter table peg_indicator add column target_date date;
alter table peg_indicator add column target_percentage boolean;
alter table peg_indicator add column target_expected boolean;
