-- Living allowance (leefgeld): dated rates, host stays, decisions, payment details, payment runs
-- and payments. See docs/regels.md (Leefgeld) and ADR 0009.

-- Rates as dated data. History is never edited: a national administrator adds a period; a row
-- without an end runs until a later row for the same component, age group and household size starts.
create table leefgeldtarief (
    id               bigserial primary key,
    geldig_vanaf     date not null,
    geldig_tot       date check (geldig_tot >= geldig_vanaf),             -- inclusive; null = until replaced
    component        varchar(24) not null check (component in ('voedsel', 'kleding_en_persoonlijk', 'wooncomponent_poo')),
    leeftijdsgroep   varchar(12) not null check (leeftijdsgroep in ('alle', 'volwassene', 'minderjarige')),
    huishouden_min   int not null check (huishouden_min >= 1),
    huishouden_max   int check (huishouden_max >= huishouden_min),        -- null = and larger
    bedrag_per_maand numeric(8, 2) not null check (bedrag_per_maand >= 0),
    bron             text not null check (btrim(bron) <> ''),
    vastgelegd_door  text not null,
    vastgelegd_op    timestamptz not null,
    unique (geldig_vanaf, component, leeftijdsgroep, huishouden_min)
);
create trigger leefgeldtarief_onveranderlijk before update or delete on leefgeldtarief
    for each row execute function weiger_wijziging();

-- Private reception: a household staying with a host in a gemeente (members present as in a placement).
create table gastverblijf (
    id              uuid primary key,
    huishouden_id   uuid not null references huishouden,
    gemeente_code   varchar(6) not null check (gemeente_code ~ '^GM[0-9]{4}$'),
    periode         daterange not null check (not isempty(periode) and lower(periode) is not null),
    gastgezin       text not null check (btrim(gastgezin) <> ''),
    vastgelegd_door text not null,
    vastgelegd_op   timestamptz not null,
    constraint gastverblijf_niet_dubbel exclude using gist (huishouden_id with =, periode with &&)
);
create index gastverblijf_gemeente on gastverblijf (gemeente_code);

-- A municipal decision for a whole household: stop the allowance (an adult earns income), or give
-- the food or clothing part in kind. Kept with date and reason; never deleted.
create table leefgeldbesluit (
    id              uuid primary key,
    huishouden_id   uuid not null references huishouden,
    soort           varchar(20) not null check (soort in ('stoppen', 'voedsel_in_natura', 'kleding_in_natura')),
    vanaf           date not null,
    tot             date check (tot >= vanaf),                           -- inclusive; null = until further notice
    reden           text not null check (btrim(reden) <> ''),
    vastgelegd_door text not null,
    vastgelegd_op   timestamptz not null
);
create index leefgeldbesluit_huishouden on leefgeldbesluit (huishouden_id);

-- How a household is paid. IBAN checked (mod-97) by the application; card number for prepaid.
create table betaalwijze (
    huishouden_id  uuid primary key references huishouden,
    methode        varchar(8) not null check (methode in ('bank', 'contant', 'prepaid')),
    iban           varchar(34) check (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
    tenaamstelling text,
    kaartnummer    varchar(32),
    gewijzigd_door text not null,
    gewijzigd_op   timestamptz not null,
    check ((methode = 'bank') = (iban is not null and tenaamstelling is not null)),
    check ((methode = 'prepaid') = (kaartnummer is not null))
);

-- A payment run per gemeente per month: concept (preview) -> approved by a second user -> executed.
create table betaalrun (
    id               uuid primary key,
    gemeente_code    varchar(6) not null check (gemeente_code ~ '^GM[0-9]{4}$'),
    maand            date not null check (extract(day from maand) = 1),
    status           varchar(12) not null check (status in ('concept', 'goedgekeurd', 'uitgevoerd', 'vervallen')),
    aangemaakt_door  text not null,
    aangemaakt_op    timestamptz not null,
    goedgekeurd_door text,
    goedgekeurd_op   timestamptz,
    uitgevoerd_op    timestamptz,
    check (goedgekeurd_door is null or goedgekeurd_door <> aangemaakt_door),   -- four eyes
    check ((status in ('goedgekeurd', 'uitgevoerd')) <= (goedgekeurd_door is not null)),
    check ((status = 'uitgevoerd') = (uitgevoerd_op is not null))
);
create index betaalrun_gemeente on betaalrun (gemeente_code, maand);
-- At most one run of a gemeente and month is being prepared at a time.
create unique index betaalrun_een_open on betaalrun (gemeente_code, maand) where status in ('concept', 'goedgekeurd');

-- The preview of a run, as approved: one line per household with its amount, or the reason it is held back.
create table betaalrunregel (
    betaalrun_id  uuid not null references betaalrun,
    huishouden_id uuid not null references huishouden,
    bedrag        numeric(10, 2) not null check (bedrag >= 0),
    poging        smallint not null default 1 check (poging in (1, 2)),
    methode       varchar(8),
    tegengehouden text,                                               -- e.g. 'tarief ontbreekt: …'
    uitleg        jsonb not null,                                     -- the lines of the calculation
    primary key (betaalrun_id, huishouden_id)
);

-- Payments. The database guarantees one payment per household per month; a failed payment may be
-- paid again after correction, once (poging 2).
create table betaling (
    id             uuid primary key,
    betaalrun_id   uuid not null references betaalrun,
    huishouden_id  uuid not null references huishouden,
    gemeente_code  varchar(6) not null,
    maand          date not null,
    poging         smallint not null default 1 check (poging in (1, 2)),
    bedrag         numeric(10, 2) not null check (bedrag > 0),
    methode        varchar(8) not null check (methode in ('bank', 'contant', 'prepaid')),
    iban           varchar(34),
    tenaamstelling text,
    kaartnummer    varchar(32),
    end_to_end_id  varchar(35) not null unique,
    status         varchar(10) not null default 'verstuurd' check (status in ('verstuurd', 'betaald', 'mislukt')),
    reden          text,
    verwerkt_op    timestamptz,
    check ((status = 'mislukt') <= (reden is not null)),
    check ((methode = 'bank') <= (iban is not null))
);
create unique index betaling_een_per_maand on betaling (huishouden_id, maand, poging);
create unique index betaling_een_geldige_per_maand on betaling (huishouden_id, maand) where status <> 'mislukt';
create index betaling_run on betaling (betaalrun_id);

-- The gemeente's own account from which living allowance is paid (the debtor in the SEPA file).
create table leefgeldrekening (
    gemeente_code  varchar(6) primary key check (gemeente_code ~ '^GM[0-9]{4}$'),
    iban           varchar(34) not null check (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
    bic            varchar(11),
    naam           text not null,
    gewijzigd_door text not null,
    gewijzigd_op   timestamptz not null
);
