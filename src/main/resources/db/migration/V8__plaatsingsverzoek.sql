-- A gemeente without a place asks its safety region; a region without a place passes it to the LCVS.
create table plaatsingsverzoek (
    id                    uuid primary key,
    huishouden_id         uuid not null references huishouden,
    aanvragende_gemeente  varchar(6) not null,
    veiligheidsregio_code varchar(4) not null references veiligheidsregio,
    verwachte_aankomst    date not null,
    toelichting           text,
    status                varchar(12) not null check (status in ('regio', 'lcvs', 'voorgesteld', 'geplaatst', 'ingetrokken')),
    voorgestelde_locatie  uuid references opvanglocatie,
    ontvangende_gemeente  varchar(6),
    voorgesteld_door      varchar(10) check (voorgesteld_door in ('regio', 'lcvs')),
    plaatsing_id          uuid references plaatsing,
    ingediend_op          timestamptz not null,
    naar_lcvs_op          timestamptz,
    voorgesteld_op        timestamptz,
    geplaatst_op          timestamptz,
    check ((status = 'voorgesteld') <= (voorgestelde_locatie is not null)),
    check ((status = 'geplaatst') = (plaatsing_id is not null))
);
create index plaatsingsverzoek_status on plaatsingsverzoek (status, veiligheidsregio_code);
create unique index plaatsingsverzoek_een_open_per_huishouden on plaatsingsverzoek (huishouden_id)
    where status in ('regio', 'lcvs', 'voorgesteld');
