-- The objectives as imported from the sheets, and their progress as the processes run.
-- Plain SQL that H2 and PostgreSQL both read.

create table peg_objective (
  code                varchar(40)    not null primary key,
  objective_year      integer        not null,
  title               varchar(2000)  not null,
  department          varchar(300)   not null,
  director            varchar(300),
  unit                varchar(300)   not null,
  manager             varchar(300)   not null,
  manager_id          varchar(100)   not null,
  classification      varchar(100),
  kind                varchar(100),
  description         varchar(60000),
  process_instance_id varchar(64),
  state               varchar(30)    not null,
  phases_score        numeric(5, 2),
  indicators_score    numeric(5, 2),
  score               numeric(5, 2),
  band                varchar(60),
  deviation_reason    varchar(4000),
  validation_note     varchar(4000),
  imported_at         timestamp      not null
);

create index peg_objective_year on peg_objective (objective_year);

create table peg_phase (
  objective_code   varchar(40)   not null references peg_objective (code),
  phase_number     integer       not null,
  name             varchar(2000) not null,
  planned_start    date          not null,
  planned_end      date          not null,
  weight           numeric(7, 2),
  responsible      varchar(300)  not null,
  responsible_role varchar(300),
  responsible_id   varchar(100)  not null,
  centre           varchar(300),
  centre_group_id  varchar(100),
  note             varchar(4000),
  state            varchar(30)   not null,
  late             boolean       not null,
  completion       numeric(5, 2),
  actual_end       date,
  report           varchar(4000),
  primary key (objective_code, phase_number)
);

create table peg_indicator (
  objective_code   varchar(40)   not null references peg_objective (code),
  indicator_number integer       not null,
  description      varchar(2000) not null,
  indicator_type   varchar(100),
  expected_value   varchar(1000),
  value_kind       varchar(20)   not null,
  actual_value     varchar(200),
  note             varchar(4000),
  score            numeric(5, 2),
  primary key (objective_code, indicator_number)
);
