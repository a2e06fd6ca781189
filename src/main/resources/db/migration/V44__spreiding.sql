-- Issue 17: the 2024 distribution law (Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen,
-- Stb. 2024, 12; Besluit Stb. 2024, 13). Module spreiding, schema spreiding (ADR 0021).
create schema spreiding;

-- SES-WOA scores as dated data: every upload is kept (who, when, from which publication); the newest
-- upload of a reference year is the one in force for that year.
create table spreiding.ses_woa_upload (
    id            uuid primary key,
    peiljaar      integer not null check (peiljaar between 2000 and 2100),
    bron          text not null check (length(bron) between 1 and 1000),
    geupload_op   timestamptz not null,
    geupload_door text not null,
    aantal        integer not null check (aantal > 0)
);
create index on spreiding.ses_woa_upload (peiljaar, geupload_op desc);

create table spreiding.ses_woa_score (
    upload_id     uuid not null references spreiding.ses_woa_upload (id),
    gemeente_code text not null check (gemeente_code ~ '^GM[0-9]{4}$'),
    -- The weight is inhabitants x (1 + score): a score of -1 or lower would give no or a negative weight.
    score         numeric(9, 6) not null check (score > -1 and score < 1),
    primary key (upload_id, gemeente_code)
);

-- A cycle of two years (article 2 of the law): its dates as the law and the Besluit set them.
create table spreiding.cyclus (
    code                    text primary key check (code ~ '^[0-9]{4}-[0-9]{4}$'),
    totaal                  integer not null check (totaal > 0),
    amv                     integer not null check (amv >= 0 and amv <= totaal),
    peiljaar                integer not null,
    raming                  date not null,
    peildatum               date not null,
    provinciaal_plan        date not null,
    verdeelbesluit          date not null,
    realisatie              date not null,
    indeplaatsstelling      date not null,
    volgende_cyclus         date not null
);

insert into spreiding.cyclus values
    -- Capaciteitsraming published 1 February 2024 (coa.nl); 96,000 places on 1 January 2025, 8,140 of
    -- them for unaccompanied minors; plan by 1 November 2024; decision by 31 December 2024; six months to
    -- realise, then the minister may take over; after two years the next cycle (seed 002).
    ('2024-2025', 96000, 8140, 2024, date '2024-02-01', date '2025-01-01', date '2024-11-01', date '2024-12-31',
     date '2025-06-30', date '2025-07-01', date '2026-02-01');

-- The official per-gemeente table of a cycle, as published, uploaded by JenV or the national administrator.
create table spreiding.officiele_tabel_upload (
    id            uuid primary key,
    cyclus_code   text not null references spreiding.cyclus (code),
    bron          text not null check (length(bron) between 1 and 1000),
    geupload_op   timestamptz not null,
    geupload_door text not null
);

create table spreiding.officiele_regel (
    upload_id     uuid not null references spreiding.officiele_tabel_upload (id),
    gemeente_code text not null check (gemeente_code ~ '^GM[0-9]{4}$'),
    plaatsen      integer not null check (plaatsen >= 0),
    amv           integer not null check (amv >= 0 and amv <= plaatsen),
    primary key (upload_id, gemeente_code)
);

-- The provincial plan (regietafel): one per province per cycle, with a state and a version for
-- optimistic checks. The state's transitions live in Java (Planstatus); the check is the second line.
create table spreiding.provinciaal_plan (
    cyclus_code    text not null references spreiding.cyclus (code),
    provincie_code text not null check (provincie_code ~ '^PV[0-9]{2}$'),
    status         text not null check (status in ('concept', 'ingediend', 'besloten')),
    versie         integer not null default 0,
    ingediend_op   timestamptz,
    ingediend_door text,
    besloten_op    timestamptz,
    besloten_door  text,
    primary key (cyclus_code, provincie_code)
);

create table spreiding.plan_regel (
    cyclus_code    text not null,
    provincie_code text not null,
    gemeente_code  text not null check (gemeente_code ~ '^GM[0-9]{4}$'),
    plaatsen       integer not null check (plaatsen >= 0),
    amv            integer not null check (amv >= 0 and amv <= plaatsen),
    gewijzigd_op   timestamptz not null,
    gewijzigd_door text not null,
    primary key (cyclus_code, gemeente_code),
    foreign key (cyclus_code, provincie_code) references spreiding.provinciaal_plan (cyclus_code, provincie_code)
);

-- A swap inside a province: gemeente A takes `aantal` more asylum places, gemeente B does as much of
-- another task in return (housing status holders, receiving Ukrainians). The province's total is unchanged.
create table spreiding.ruil (
    id             uuid primary key,
    cyclus_code    text not null,
    provincie_code text not null,
    gemeente_asiel text not null check (gemeente_asiel ~ '^GM[0-9]{4}$'),
    gemeente_tegen text not null check (gemeente_tegen ~ '^GM[0-9]{4}$'),
    tegenprestatie text not null check (tegenprestatie in ('statushouders', 'oekraine')),
    aantal         integer not null check (aantal > 0),
    toelichting    text,
    vastgelegd_op  timestamptz not null,
    vastgelegd_door text not null,
    check (gemeente_asiel <> gemeente_tegen),
    foreign key (cyclus_code, provincie_code) references spreiding.provinciaal_plan (cyclus_code, provincie_code)
);

-- The minister's decision (verdeelbesluit) per gemeente, with the designations (aanwijzing).
create table spreiding.besluit_regel (
    cyclus_code    text not null references spreiding.cyclus (code),
    gemeente_code  text not null check (gemeente_code ~ '^GM[0-9]{4}$'),
    plaatsen       integer not null check (plaatsen >= 0),
    amv            integer not null check (amv >= 0 and amv <= plaatsen),
    aangewezen     boolean not null,
    vastgelegd_op  timestamptz not null,
    vastgelegd_door text not null,
    primary key (cyclus_code, gemeente_code)
);

-- Realised places that count by the law's definitions (durable: available at least five years,
-- article 1.1 of the Besluit), recorded per gemeente.
create table spreiding.realisatie (
    cyclus_code    text not null references spreiding.cyclus (code),
    gemeente_code  text not null check (gemeente_code ~ '^GM[0-9]{4}$'),
    gerealiseerd   integer not null check (gerealiseerd >= 0),
    duurzaam       integer not null check (duurzaam >= 0 and duurzaam <= gerealiseerd),
    vastgelegd_op  timestamptz not null,
    vastgelegd_door text not null,
    primary key (cyclus_code, gemeente_code)
);
