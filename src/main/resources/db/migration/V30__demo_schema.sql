-- The demo module (nl.onderdak.demo) owns a schema like every module (ADR 0015). It remembers which
-- steps of the demo dataset it made in its own table instead of looking for its data in other
-- modules' tables. A step and its marker are written in one transaction.
create schema demo;

create table demo.gemaakt (
    stap       text primary key,
    gemaakt_op timestamptz not null
);

comment on table demo.gemaakt is 'Steps of the demo dataset already made (nl.onderdak.demo.Demodata); one row per step.';

-- Databases of older versions already hold demo data made before this table existed: mark those steps
-- by the conditions the generators used to skip (this migration runs as the owner and reads every schema).
insert into demo.gemaakt (stap, gemaakt_op)
select 'opgavebesluiten', now() where exists (select 1 from opgave.opgavebesluit);

insert into demo.gemaakt (stap, gemaakt_op)
select 'locaties', now() where exists (select 1 from locaties.opvanglocatie where exploitant = 'DEMOGEGEVENS');

insert into demo.gemaakt (stap, gemaakt_op)
select 'plaatsingen', now()
 where exists (select 1 from plaatsing.plaatsing p join locaties.opvanglocatie l on l.id = p.opvanglocatie_id
                where l.exploitant = 'DEMOGEGEVENS');

insert into demo.gemaakt (stap, gemaakt_op)
select 'leefgeld', now() where exists (select 1 from leefgeld.leefgeldrekening where gewijzigd_door = 'demo');
