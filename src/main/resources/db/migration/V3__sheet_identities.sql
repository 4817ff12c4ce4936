-- The user and group ids that came from sheets, each with the name first printed for it: the id
-- space of the sheets. An id not listed here that exists in Camunda belongs to someone else (an
-- administrator, a role, a directory account) and a sheet's printed name never becomes it.
create table peg_sheet_identity (
  kind         varchar(10)  not null,
  id           varchar(64)  not null,
  printed_name varchar(300) not null,
  primary key (kind, id)
);
