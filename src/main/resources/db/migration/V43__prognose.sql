-- Forecast (issue 16): published figures kept apart from Onderdak's own records, stored forecasts
-- with their months, and the two-monthly reviews. Onderdak's own series are not stored: they are
-- derived per day from plaatsing.bedverblijf when asked (docs/regels.md, "Prognose").
create schema if not exists prognose;

-- A published figure as it was published: the date it refers to (a month-only date such as "2022-09"
-- is placed on the 15th, datumprecisie 'maand'), the value as written and its precision word
-- ("ruim", "bijna", "circa", "iets meer dan", "exact"), and its source. Never changed; a figure
-- published again (same level, region, indicator, date and source) is not stored twice.
create table prognose.gepubliceerd_cijfer (
    id               bigint generated always as identity primary key,
    peildatum        date not null,
    datumprecisie    varchar(5) not null check (datumprecisie in ('dag', 'maand')),
    niveau           varchar(10) not null check (niveau in ('landelijk', 'regio')),
    regio_code       varchar(4) check (regio_code ~ '^VR[0-9]{2}$'),
    indicator        varchar(60) not null check (indicator ~ '^[a-z0-9_]+$'),
    waarde           numeric(14, 2) not null check (waarde >= 0),
    precisie         varchar(15) not null check (precisie in ('exact', 'circa', 'ruim', 'bijna', 'iets_meer_dan')),
    bron_url         varchar(1000) not null,
    bron_omschrijving varchar(1000),
    herkomst         varchar(12) not null check (herkomst in ('referentie', 'import')),
    import_id        uuid not null,
    vastgelegd_op    timestamptz not null,
    vastgelegd_door  varchar(200) not null,
    check ((niveau = 'landelijk') = (regio_code is null))
);
create unique index gepubliceerd_cijfer_eenmaal
    on prognose.gepubliceerd_cijfer (niveau, coalesce(regio_code, ''), indicator, peildatum, bron_url);
create index gepubliceerd_cijfer_reeks on prognose.gepubliceerd_cijfer (indicator, niveau, regio_code, peildatum);

-- A stored forecast: what was asked, with which method, on which input.
create table prognose.prognose (
    id                 uuid primary key,
    peildatum          date not null,
    horizon_maanden    int not null check (horizon_maanden between 1 and 24),
    indicator          varchar(60) not null,
    bron               varchar(12) not null check (bron in ('gepubliceerd', 'eigen')),
    methode            varchar(60) not null,
    scenario_naam      varchar(200),
    aankomsten_per_week numeric(12, 2),
    vertrek_pct_per_maand numeric(6, 3),
    laatste_invoermaand date not null,
    invoerpunten       int not null,
    gemaakt_op         timestamptz not null,
    gemaakt_door       varchar(200) not null
);
create index prognose_gemaakt on prognose.prognose (indicator, gemaakt_op desc);

-- One forecast month: expected value, 80 % interval, and the two naive baselines computed on the same input.
create table prognose.prognosemaand (
    prognose_id   uuid not null references prognose.prognose,
    maand         date not null check (extract(day from maand) = 1),
    stap          int not null check (stap >= 1),
    verwacht      numeric(14, 1) not null,
    ondergrens    numeric(14, 1) not null,
    bovengrens    numeric(14, 1) not null,
    laatste_waarde numeric(14, 1) not null,
    lineaire_trend numeric(14, 1) not null,
    primary key (prognose_id, maand),
    check (ondergrens <= verwacht and verwacht <= bovengrens)
);

-- The review every two months (seed 004): the forecast used, the scenario chosen and the decision.
-- Scaling up or down leaves a draft target decision (status 'concept') that JenV must confirm before
-- the opgave module records it; nothing changes silently.
create table prognose.beoordeling (
    id               uuid primary key,
    prognose_id      uuid not null references prognose.prognose,
    scenario         varchar(1000) not null,
    besluit          varchar(10) not null check (besluit in ('handhaven', 'opschalen', 'afschalen')),
    halfjaar         varchar(7) check (halfjaar ~ '^[0-9]{4}-H[12]$'),
    landelijk_totaal int check (landelijk_totaal between 50000 and 1000000),
    toelichting      varchar(10000),
    concept_status   varchar(12) check (concept_status in ('concept', 'vastgesteld', 'vervallen')),
    opgavebesluit_id uuid,
    vastgelegd_op    timestamptz not null,
    vastgelegd_door  varchar(200) not null,
    afgehandeld_op   timestamptz,
    afgehandeld_door varchar(200),
    check ((besluit = 'handhaven') = (halfjaar is null)),
    check ((besluit = 'handhaven') = (concept_status is null)),
    check ((concept_status = 'vastgesteld') = (opgavebesluit_id is not null))
);
create index beoordeling_tijd on prognose.beoordeling (vastgelegd_op desc);
