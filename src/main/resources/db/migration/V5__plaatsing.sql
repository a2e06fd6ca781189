-- Who sleeps at which location from when to when. This first version holds what the capacity
-- overview needs (persons per location per day); households, beds and the rules of placement
-- follow with the residents module.
create table plaatsing (
    id               uuid primary key,
    opvanglocatie_id uuid not null references opvanglocatie,
    verblijfsduur    varchar(4) not null default 'lang' check (verblijfsduur in ('lang', 'kort')),
    aantal_personen  int not null default 1 check (aantal_personen > 0),
    vanaf            date not null,
    tot              date check (tot > vanaf)
);
create index plaatsing_locatie_periode on plaatsing (opvanglocatie_id, vanaf, tot);
