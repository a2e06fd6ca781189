-- Bulk intake (issue 14, item 5): a gemeente imports its residents from a BRP extract (CSV or XLSX).
-- One record per imported file: the same file (by content hash) is never imported twice for a gemeente,
-- which makes re-submitting it harmless (the earlier import is answered). The residents themselves go
-- into bewoners.huishouden / bewoner / huishouden_gemeente like an intake; the address of the extract
-- is kept per household, as the BRP gave it.
create table bewoners.bewonersimport (
    id                 uuid primary key,
    gemeente_code      varchar(6) not null check (gemeente_code ~ '^GM[0-9]{4}$'),
    inhoud_sha256      char(64) not null,
    aantal_bewoners    integer not null check (aantal_bewoners > 0),
    aantal_huishoudens integer not null check (aantal_huishoudens > 0),
    geimporteerd_op    timestamptz not null,
    geimporteerd_door  text not null,
    unique (gemeente_code, inhoud_sha256)
);

-- The BRP address of an imported household (every member lives there: the import checks it).
create table bewoners.brp_adres (
    huishouden_id      uuid primary key references bewoners.huishouden,
    straat             text not null check (btrim(straat) <> ''),
    huisnummer         integer not null check (huisnummer between 1 and 99999),
    toevoeging         text,
    postcode           char(7) not null check (postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
    woonplaats         text not null check (btrim(woonplaats) <> ''),
    import_id          uuid not null references bewoners.bewonersimport
);
create index brp_adres_import on bewoners.brp_adres (import_id);
