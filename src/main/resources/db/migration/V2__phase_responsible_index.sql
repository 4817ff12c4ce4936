-- A responsible's objectives are found by the phases they answer for.
create index peg_phase_responsible on peg_phase (responsible_id);
