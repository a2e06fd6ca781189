-- Issue 13, locations kept current: a location gets a street, and every change of its description
-- (name, address, operator, facilities) is kept with who, when, before and after. The beds and
-- status have their own dated histories (V4); this one is for the facts that have no date of effect.

alter table locaties.opvanglocatie
    add column straat text check (straat is null or btrim(straat) <> '');

-- One row per changed field per edit; the rows of one edit share gewijzigd_op and wijziging_id.
-- Never changed or deleted, like the other histories of a location.
create table locaties.locatiewijziging (
    id               bigserial primary key,
    wijziging_id     uuid not null,
    opvanglocatie_id uuid not null references locaties.opvanglocatie,
    veld             varchar(40) not null,
    voor             text,
    na               text,
    gewijzigd_op     timestamptz not null,
    gewijzigd_door   text not null
);
create index locatiewijziging_locatie on locaties.locatiewijziging (opvanglocatie_id, gewijzigd_op desc, id desc);
create trigger locatiewijziging_onveranderlijk before update or delete on locaties.locatiewijziging
    for each row execute function public.weiger_wijziging();

-- The published view gets the street address and the operator, added at the end so that every
-- reader of the earlier columns keeps working (create or replace view may only append columns).
create or replace view locaties.locatie as
select l.id, l.gemeente_code, l.naam, l.plaats, l.soort, l.beschikbaar_vanaf, l.beschikbaar_tot, l.rolstoeltoegankelijk,
       l.gezinskamers, l.catering, l.eigen_keuken, l.huisdieren_toegestaan,
       l.straat, l.huisnummer, l.huisnummertoevoeging, l.postcode, l.exploitant
  from locaties.opvanglocatie l;
