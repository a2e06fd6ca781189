-- Issue 15: private reception. Host households (gastgezinnen) offer places, are screened in dated
-- steps, and are matched to households for which a gemeente asked a host family. A match is the
-- household's host stay: it is recorded through plaatsing's facade (plaatsing.gastverblijf), so the
-- living allowance and the financing claim read it from plaatsing.verblijf_bij_gastgezin as before.
create schema gastgezinnen;

create table gastgezinnen.gastgezin (
    id                 uuid primary key,
    naam               text not null check (btrim(naam) <> ''),
    email              text not null,
    telefoon           text not null,
    straat             text not null,
    huisnummer         text not null,
    postcode           text not null,
    plaats             text not null,
    gemeente_code      text not null,
    plaatsen           integer not null check (plaatsen between 1 and 20),
    kamers             integer not null check (kamers between 1 and 20),
    beschikbaar_vanaf  date not null,
    beschikbaar_tot    date check (beschikbaar_tot is null or beschikbaar_tot > beschikbaar_vanaf),
    kinderen_welkom    boolean not null,
    huisdieren         boolean not null,
    toegankelijk       boolean not null,
    talen              text[] not null default '{}',
    status             text not null check (status in ('aangemeld', 'in_screening', 'goedgekeurd', 'afgewezen')),
    afwijzingsreden    text,
    vog_geldig_tot     date,
    bron               text not null check (bron in ('matcher', 'formulier')),
    aangemeld_op       timestamptz not null,
    goedgekeurd_op     timestamptz,
    vastgelegd_door    text not null
);
create index gastgezin_gemeente on gastgezinnen.gastgezin (gemeente_code);
create index gastgezin_status on gastgezinnen.gastgezin (status);

create table gastgezinnen.screeningstap (
    id            uuid primary key,
    gastgezin_id  uuid not null references gastgezinnen.gastgezin (id),
    stap          text not null check (stap in ('intake', 'vog', 'huisbezoek')),
    uitkomst      text not null check (uitkomst in ('akkoord', 'afgewezen')),
    datum         date not null,
    geldig_tot    date,
    toelichting   text,
    vastgelegd_door text not null,
    vastgelegd_op timestamptz not null
);
create index screeningstap_gastgezin on gastgezinnen.screeningstap (gastgezin_id, datum);

create table gastgezinnen.verzoek (
    id               uuid primary key,
    huishouden_id    uuid not null,
    gemeente_code    text not null,
    toelichting      text,
    talen            text[] not null default '{}',
    huisdieren       boolean not null default false,
    toegankelijk     boolean not null default false,
    verwachte_start  date not null,
    maanden          integer check (maanden between 1 and 60),
    status           text not null check (status in ('open', 'gekoppeld', 'ingetrokken')),
    ingediend_op     timestamptz not null,
    ingediend_door   text not null
);
-- One open request per household: a second would be matched twice.
create unique index verzoek_een_open on gastgezinnen.verzoek (huishouden_id) where status = 'open';
create index verzoek_gemeente on gastgezinnen.verzoek (gemeente_code, status);

create table gastgezinnen.koppeling (
    id                 uuid primary key,
    verzoek_id         uuid references gastgezinnen.verzoek (id),
    huishouden_id      uuid not null,
    gastgezin_id       uuid not null references gastgezinnen.gastgezin (id),
    huishouden_gemeente text not null,
    personen           integer not null check (personen > 0),
    periode            daterange not null check (not lower_inf(periode)),
    gastverblijf_id    uuid not null,
    plaatsingsverzoek_id uuid,
    status             text not null check (status in ('lopend', 'beeindigd')),
    reden              text check (reden in ('terug_naar_gemeentelijke_opvang', 'eigen_woning', 'ander_gastgezin', 'vertrokken', 'conflict', 'overig')),
    toelichting        text,
    aangemaakt_door    text not null,
    aangemaakt_op      timestamptz not null,
    beeindigd_op       timestamptz
);
create index koppeling_gastgezin on gastgezinnen.koppeling (gastgezin_id);
create index koppeling_huishouden on gastgezinnen.koppeling (huishouden_id);

-- Follow-up contacts (2 weeks, 3 months after the start) done by the matching organisation, and
-- safeguarding signals (exploitation, conflict) that go to the gemeente's start page at once.
create table gastgezinnen.contact (
    koppeling_id  uuid not null references gastgezinnen.koppeling (id),
    soort         text not null check (soort in ('twee_weken', 'drie_maanden')),
    gedaan_op     timestamptz not null,
    door          text not null,
    primary key (koppeling_id, soort)
);

create table gastgezinnen.signaal (
    id            uuid primary key,
    koppeling_id  uuid not null references gastgezinnen.koppeling (id),
    soort         text not null check (soort in ('uitbuiting', 'conflict')),
    toelichting   text,
    gemeld_op     timestamptz not null,
    gemeld_door   text not null,
    afgehandeld_op timestamptz
);

-- Public host form: confirmation codes sent by e-mail; a form entry becomes a host only when confirmed.
create table gastgezinnen.aanmelding (
    id          uuid primary key,
    code        text not null,
    gegevens    jsonb not null,
    aangemaakt_op timestamptz not null,
    bevestigd_op timestamptz,
    pogingen    integer not null default 0,
    -- SHA-256 of the sender's address: enough to limit abuse per address, without keeping the address.
    afzender    text not null
);
create index aanmelding_afzender on gastgezinnen.aanmelding (afzender, aangemaakt_op);
