-- Residents (bewoners) in households, placement in beds, and the processing log of personal data.

create table huishouden (
    id                 uuid primary key,
    gemeente_code      varchar(6) not null check (gemeente_code ~ '^GM[0-9]{4}$'), -- registered by
    aangemaakt_op      timestamptz not null,
    aangemaakt_door    text not null
);

create table bewoner (
    id                        uuid primary key,
    huishouden_id             uuid not null references huishouden,
    voornaam                  text not null check (btrim(voornaam) <> ''),
    achternaam                text not null check (btrim(achternaam) <> ''),
    voornaam_origineel        text,
    achternaam_origineel      text,
    naamsleutel               text not null,           -- Namen.sleutel of first and last name, for duplicates
    geboortedatum             date not null,
    geslacht                  varchar(8) not null default 'onbekend' check (geslacht in ('man', 'vrouw', 'anders', 'onbekend')),
    nationaliteit_categorie   varchar(12) not null check (nationaliteit_categorie in ('oekraiens', 'derdelander', 'gezinslid', 'overig')),
    identiteitsdocumenten     text[] not null default '{}',
    brp_status                varchar(20) not null default 'niet_ingeschreven'
                                check (brp_status in ('niet_ingeschreven', 'afspraak_gepland', 'ingeschreven', 'uitgeschreven')),
    bsn                       char(9) check (bsn ~ '^[0-9]{9}$'),
    brp_datum                 date,
    ind_status                varchar(20) not null default 'uitgenodigd_nodig'
                                check (ind_status in ('niet_nodig', 'uitgenodigd_nodig', 'uitgenodigd', 'opgehaald', 'geweigerd', 'buiten_behandeling')),
    ind_uitgenodigd_op        date,
    ind_afspraak_op           date,
    bescherming_tot           date,
    alleenreizend_minderjarig boolean not null default false,
    medische_zorg             boolean not null default false,
    toegankelijkheid          boolean not null default false,
    taal                      text,
    samengevoegd_in           uuid references bewoner,
    aangemaakt_op             timestamptz not null,
    check (brp_status <> 'ingeschreven' or (bsn is not null and brp_datum is not null))
);
create unique index bewoner_bsn on bewoner (bsn) where bsn is not null and samengevoegd_in is null;
create index bewoner_huishouden on bewoner (huishouden_id);
create index bewoner_geboortedatum on bewoner (geboortedatum);

-- Placements become placements of households in numbered beds. Aggregated rows without a household
-- (demo data of the capacity issue) are removed; the demo profile recreates them as households.
delete from plaatsing where true;
alter table plaatsing add column huishouden_id uuid references huishouden;
alter table plaatsing add column vertrekreden varchar(30) check (vertrekreden in
    ('eigen_woning', 'terug_naar_oekraine', 'andere_gemeente', 'coa', 'onbekende_bestemming', 'overleden', 'verhuizing'));
alter table plaatsing add column splitsingsreden text;
alter table plaatsing add column vastgelegd_op timestamptz;
alter table plaatsing add column vastgelegd_door text;
alter table plaatsing alter column huishouden_id set not null;
create index plaatsing_huishouden on plaatsing (huishouden_id);

-- A bed is never occupied by two people at once, and a person never sleeps in two beds at once:
-- exclusion constraints on the period, enforced by PostgreSQL whatever the number of instances.
create table bedbezetting (
    id               bigserial primary key,
    plaatsing_id     uuid not null references plaatsing,
    bewoner_id       uuid not null references bewoner,
    opvanglocatie_id uuid not null references opvanglocatie,
    verblijfsduur    varchar(4) not null check (verblijfsduur in ('lang', 'kort')),
    bednummer        int not null check (bednummer > 0),
    periode          daterange not null check (not isempty(periode)),
    constraint bed_niet_dubbel exclude using gist (opvanglocatie_id with =, verblijfsduur with =, bednummer with =, periode with &&),
    constraint bewoner_niet_dubbel exclude using gist (bewoner_id with =, periode with &&)
);
create index bedbezetting_plaatsing on bedbezetting (plaatsing_id);
create index bedbezetting_bewoner on bedbezetting (bewoner_id);

-- Processing log after the Logboek Dataverwerkingen standard: one record per person per act, written
-- in the same transaction as the act; never changed or deleted.
create table verwerkingslog (
    id                   bigserial primary key,
    tijdstip             timestamptz not null,
    verwerkingsactiviteit text not null,        -- e.g. 'opvang-registratie', 'plaatsing'
    doel                 text not null,        -- purpose, shown to the person on request
    handeling            varchar(12) not null check (handeling in ('inzien', 'zoeken', 'wijzigen', 'aanmaken', 'exporteren')),
    organisatie_code     text not null,
    gebruiker            text not null,        -- the employee; not shown on an access request
    betrokkene           char(64) not null,    -- pseudonym: HMAC-SHA256 of the person's id
    trace_id             text not null
);
create index verwerkingslog_betrokkene on verwerkingslog (betrokkene, tijdstip);
create trigger verwerkingslog_onveranderlijk before update or delete on verwerkingslog
    for each row execute function weiger_wijziging();
create trigger verwerkingslog_niet_legen before truncate on verwerkingslog
    for each statement execute function weiger_wijziging();

-- The gemeenten a household belongs to: the one that registered it and every one it was placed in.
create table huishouden_gemeente (
    huishouden_id uuid not null references huishouden,
    gemeente_code varchar(6) not null check (gemeente_code ~ '^GM[0-9]{4}$'),
    primary key (huishouden_id, gemeente_code)
);
create index huishouden_gemeente_code on huishouden_gemeente (gemeente_code);
