-- Reception locations (opvanglocaties) of a gemeente, with dated histories of status and beds.
create table opvanglocatie (
    id                    uuid primary key,
    gemeente_code         varchar(6) not null check (gemeente_code ~ '^GM[0-9]{4}$'),
    naam                  text not null check (btrim(naam) <> ''),
    postcode              char(6) not null check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
    huisnummer            int not null check (huisnummer between 1 and 99999),
    huisnummertoevoeging  varchar(10),
    plaats                text not null check (btrim(plaats) <> ''),
    soort                 varchar(20) not null check (soort in
                            ('hotel', 'vakantiepark', 'schip', 'zorgcentrum', 'kantoor', 'paviljoen', 'sporthal', 'overig')),
    exploitant            text,
    beschikbaar_vanaf     date not null,
    beschikbaar_tot       date check (beschikbaar_tot >= beschikbaar_vanaf),
    rolstoeltoegankelijk  boolean not null default false,
    gezinskamers          boolean not null default false,
    catering              boolean not null default false,
    eigen_keuken          boolean not null default false,
    huisdieren_toegestaan boolean not null default false,
    aangemaakt_op         timestamptz not null,
    aangemaakt_door       text not null,
    versie                int not null default 0
);
create index opvanglocatie_gemeente on opvanglocatie (gemeente_code);

-- Status over time; the row with the latest ingangsdatum (then id) on or before a day holds that day.
create table locatiestatus (
    id               bigserial primary key,
    opvanglocatie_id uuid not null references opvanglocatie,
    ingangsdatum     date not null,
    status           varchar(20) not null check (status in ('in_voorbereiding', 'beschikbaar', 'tijdelijk_gesloten', 'gesloten')),
    reden            text,
    vastgelegd_op    timestamptz not null,
    vastgelegd_door  text not null
);
create index locatiestatus_op_datum on locatiestatus (opvanglocatie_id, ingangsdatum desc, id desc);

-- Beds over time per length of stay: declared beds and beds out of use, never overwritten.
-- Usable beds = declared - out of use. Short stay is crisis reception under 72 hours.
create table beddenmutatie (
    id                   bigserial primary key,
    opvanglocatie_id     uuid not null references opvanglocatie,
    verblijfsduur        varchar(4) not null check (verblijfsduur in ('lang', 'kort')),
    ingangsdatum         date not null,
    opgegeven            int not null check (opgegeven >= 0),
    buiten_gebruik       int not null default 0 check (buiten_gebruik >= 0),
    buiten_gebruik_reden text,
    reden                text not null check (btrim(reden) <> ''),
    vastgelegd_op        timestamptz not null,
    vastgelegd_door      text not null,
    check (buiten_gebruik <= opgegeven),
    check (buiten_gebruik = 0 or coalesce(btrim(buiten_gebruik_reden), '') <> '')
);
create index beddenmutatie_op_datum on beddenmutatie (opvanglocatie_id, verblijfsduur, ingangsdatum desc, id desc);

create trigger locatiestatus_onveranderlijk before update or delete on locatiestatus
    for each row execute function weiger_wijziging();
create trigger beddenmutatie_onveranderlijk before update or delete on beddenmutatie
    for each row execute function weiger_wijziging();

-- An import of a spreadsheet is recorded by the hash of its content, so the same file is never imported twice.
create table locatie_import (
    id              uuid primary key,
    gemeente_code   varchar(6) not null,
    inhoud_sha256   char(64) not null,
    aantal          int not null,
    geimporteerd_op timestamptz not null,
    geimporteerd_door text not null,
    unique (gemeente_code, inhoud_sha256)
);
