-- Financing, issue 6 parts 4 and 5: transition fees for new locations (decided by the NOO, which aims
-- to decide within 48 hours) and the safety regions' cost applications per half-year with their
-- deadlines as dated data. See docs/regels.md (Bekostiging: transitievergoedingen en regiokosten).

-- A gemeente's request for a transition fee for one of its new locations. The request itself never
-- changes; what happens to it is in transitievergoedingstatus.
create table transitievergoeding (
    id               uuid primary key,
    gemeente_code    varchar(6) not null check (gemeente_code ~ '^GM[0-9]{4}$'),
    opvanglocatie_id uuid not null references opvanglocatie,
    locatienaam      text not null,                                       -- as it was when submitted
    bedrag           numeric(12, 2) not null check (bedrag > 0),
    toelichting      text not null check (btrim(toelichting) <> ''),
    ingediend_door   text not null,
    ingediend_op     timestamptz not null
);
create index transitievergoeding_gemeente on transitievergoeding (gemeente_code, ingediend_op);
create index transitievergoeding_locatie on transitievergoeding (opvanglocatie_id);
create index transitievergoeding_ingediend on transitievergoeding (ingediend_op);
create trigger transitievergoeding_onveranderlijk before update or delete on transitievergoeding
    for each row execute function weiger_wijziging();

-- The statuses of a request, append-only: 'ingediend' when submitted, then one decision by the NOO.
create table transitievergoedingstatus (
    id                     bigserial primary key,
    transitievergoeding_id uuid not null references transitievergoeding,
    status                 varchar(10) not null check (status in ('ingediend', 'toegekend', 'afgewezen')),
    toegekend_bedrag       numeric(12, 2) check (toegekend_bedrag > 0),
    reden                  text,
    vastgelegd_door        text not null,
    vastgelegd_op          timestamptz not null,
    check ((status = 'toegekend') = (toegekend_bedrag is not null)),
    check ((status = 'afgewezen') <= (coalesce(btrim(reden), '') <> ''))
);
-- One submission and at most one decision per request, also when two NOO employees decide at once.
create unique index transitievergoedingstatus_een_indiening on transitievergoedingstatus (transitievergoeding_id)
    where status = 'ingediend';
create unique index transitievergoedingstatus_een_besluit on transitievergoedingstatus (transitievergoeding_id)
    where status <> 'ingediend';
create trigger transitievergoedingstatus_onveranderlijk before update or delete on transitievergoedingstatus
    for each row execute function weiger_wijziging();

-- A granted amount never exceeds the amount requested, and a decision never precedes the submission.
create function controleer_transitiebesluit() returns trigger language plpgsql as $$
declare
    aanvraag transitievergoeding%rowtype;
begin
    select * into aanvraag from transitievergoeding where id = new.transitievergoeding_id;
    if new.toegekend_bedrag is not null and new.toegekend_bedrag > aanvraag.bedrag then
        raise exception 'toegekend bedrag % is hoger dan het gevraagde bedrag %', new.toegekend_bedrag, aanvraag.bedrag
            using errcode = 'check_violation';
    end if;
    if new.status <> 'ingediend' and new.vastgelegd_op < aanvraag.ingediend_op then
        raise exception 'een besluit ligt niet voor de indiening' using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger transitievergoedingstatus_besluit before insert on transitievergoedingstatus
    for each row execute function controleer_transitiebesluit();

-- Deadlines of the regions' cost applications per calendar half-year, as data with their source.
-- Added by a national administrator or the NOO, never edited.
create table regiokostentermijn (
    halfjaar        varchar(7) primary key check (halfjaar ~ '^[0-9]{4}-H[12]$'),
    uiterlijk       date not null,                                        -- last day to submit, inclusive
    bron            text not null check (btrim(bron) <> ''),
    vastgelegd_door text not null,
    vastgelegd_op   timestamptz not null
);
create trigger regiokostentermijn_onveranderlijk before update or delete on regiokostentermijn
    for each row execute function weiger_wijziging();

insert into regiokostentermijn (halfjaar, uiterlijk, bron, vastgelegd_door, vastgelegd_op)
values ('2023-H1', '2023-04-30',
        'Brief van de minister van JenV aan burgemeesters en voorzitters van de veiligheidsregio''s, 16 december 2022, '
            || 'paragraaf Financiën: "Voor de periode 1 januari 2023 tot en met 30 juni 2023 dient uiterlijk 30 april 2023 '
            || 'een aanvraag te worden ingediend."',
        'systeem (V14)', now());

-- A region's cost application for a half-year: one per region and half-year. Late ones are accepted
-- and marked. The application never changes; its assessment is in regiokostenaanvraagstatus.
create table regiokostenaanvraag (
    id                    uuid primary key,
    veiligheidsregio_code varchar(4) not null references veiligheidsregio,
    halfjaar              varchar(7) not null references regiokostentermijn,
    bedrag                numeric(14, 2) not null check (bedrag > 0),
    toelichting           text not null check (btrim(toelichting) <> ''),
    ingediend_door        text not null,
    ingediend_op          timestamptz not null,
    te_laat               boolean not null,                               -- submitted after the deadline day
    unique (veiligheidsregio_code, halfjaar)
);
create index regiokostenaanvraag_halfjaar on regiokostenaanvraag (halfjaar);
create trigger regiokostenaanvraag_onveranderlijk before update or delete on regiokostenaanvraag
    for each row execute function weiger_wijziging();

-- The statuses of an application, append-only: 'ingediend', then at most one assessment by the NOO.
create table regiokostenaanvraagstatus (
    id                     bigserial primary key,
    regiokostenaanvraag_id uuid not null references regiokostenaanvraag,
    status                 varchar(12) not null check (status in ('ingediend', 'goedgekeurd', 'afgewezen')),
    reden                  text,
    vastgelegd_door        text not null,
    vastgelegd_op          timestamptz not null,
    check ((status = 'afgewezen') <= (coalesce(btrim(reden), '') <> ''))
);
create unique index regiokostenaanvraagstatus_een_indiening on regiokostenaanvraagstatus (regiokostenaanvraag_id)
    where status = 'ingediend';
create unique index regiokostenaanvraagstatus_een_beoordeling on regiokostenaanvraagstatus (regiokostenaanvraag_id)
    where status <> 'ingediend';
create trigger regiokostenaanvraagstatus_onveranderlijk before update or delete on regiokostenaanvraagstatus
    for each row execute function weiger_wijziging();
