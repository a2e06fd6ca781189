-- Declarations of actual extra costs (bekostiging). Under the BooO a gemeente receives a norm amount
-- per realised bed per day and may "in exceptional cases" declare its actual extra costs (seed 004,
-- Financiën); the NOO approves or rejects them. See docs/regels.md (Bekostiging: declaraties).

create table declaratie (
    id             uuid primary key,
    gemeente_code  varchar(6) not null check (gemeente_code ~ '^GM[0-9]{4}$'),
    bedrag         numeric(12, 2) not null check (bedrag > 0 and bedrag <= 10000000),
    categorie      varchar(32) not null check (categorie in ('beveiliging', 'zorg_en_begeleiding', 'vervoer',
                       'huisvesting_aanpassingen', 'inrichting', 'personeel', 'tolken', 'overig')),
    periode_van    date not null check (periode_van >= date '2022-02-24'),
    periode_tot    date not null,
    omschrijving   text not null check (char_length(omschrijving) between 10 and 2000 and omschrijving ~ '\S'),
    status         varchar(12) not null default 'ingediend' check (status in ('ingediend', 'goedgekeurd', 'afgewezen')),
    ingediend_door text not null,
    ingediend_op   timestamptz not null,
    check (periode_tot >= periode_van)
);
create index declaratie_gemeente on declaratie (gemeente_code, ingediend_op desc);
create index declaratie_op_status on declaratie (status, ingediend_op desc);

-- A declaration is never deleted, and only its status changes, once: from ingediend to a decision.
create function declaratie_alleen_besluit() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'een declaratie wordt nooit verwijderd' using errcode = 'integrity_constraint_violation';
    end if;
    if old.status <> 'ingediend' or new.status = 'ingediend'
            or (new.id, new.gemeente_code, new.bedrag, new.categorie, new.periode_van, new.periode_tot, new.omschrijving,
                new.ingediend_door, new.ingediend_op)
               is distinct from
               (old.id, old.gemeente_code, old.bedrag, old.categorie, old.periode_van, old.periode_tot, old.omschrijving,
                old.ingediend_door, old.ingediend_op) then
        raise exception 'van een declaratie verandert alleen de status, eenmaal, van ingediend naar een besluit'
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end $$;
create trigger declaratie_besluit before update or delete on declaratie
    for each row execute function declaratie_alleen_besluit();

-- The status history, append-only: one row when submitted, one when decided.
create table declaratie_status (
    id            bigserial primary key,
    declaratie_id uuid not null references declaratie,
    status        varchar(12) not null check (status in ('ingediend', 'goedgekeurd', 'afgewezen')),
    door          text not null,
    op            timestamptz not null,
    reden         text check (reden is null or char_length(reden) <= 2000),
    check (status <> 'afgewezen' or (reden is not null and reden ~ '\S'))
);
create index declaratie_status_declaratie on declaratie_status (declaratie_id, id);
-- Submitted once and decided once, also when two NOO employees decide at the same moment.
create unique index declaratie_status_een_indiening on declaratie_status (declaratie_id) where status = 'ingediend';
create unique index declaratie_status_een_besluit on declaratie_status (declaratie_id) where status <> 'ingediend';
create trigger declaratie_status_onveranderlijk before update or delete on declaratie_status
    for each row execute function weiger_wijziging();
create trigger declaratie_status_niet_legen before truncate on declaratie_status
    for each statement execute function weiger_wijziging();

-- Attachments (invoices, quotes): PDF, PNG or JPEG as recognised from the content, at most 10 MB.
-- The same content twice on one declaration is stored once. Attachments are evidence: never changed.
create table declaratie_bijlage (
    id              uuid primary key,
    declaratie_id   uuid not null references declaratie,
    bestandsnaam    text not null check (char_length(bestandsnaam) between 1 and 200 and bestandsnaam !~ '[/\\]'),
    mediatype       varchar(20) not null check (mediatype in ('application/pdf', 'image/png', 'image/jpeg')),
    grootte         int not null check (grootte between 1 and 10485760),
    sha256          char(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    inhoud          bytea not null check (octet_length(inhoud) = grootte),
    toegevoegd_door text not null,
    toegevoegd_op   timestamptz not null,
    unique (declaratie_id, sha256)
);
create trigger declaratie_bijlage_onveranderlijk before update or delete on declaratie_bijlage
    for each row execute function weiger_wijziging();
