-- Records kept current (issue 13): a version per person for optimistic concurrency (PATCH with
-- If-Match), a history of every change with before and after, and a fast part-of-name search.

-- Raised by every change of the person; PATCH answers it as the ETag and refuses a stale If-Match.
alter table bewoners.bewoner add column versie integer not null default 0;

-- The household's history: one row per changed field (before and after as shown to a person, a BSN
-- only masked), a member added, split off or removed, and by whom and when. Never a full BSN.
create table bewoners.wijziging (
    id            bigint generated always as identity primary key,
    huishouden_id uuid not null references bewoners.huishouden,
    bewoner_id    uuid references bewoners.bewoner,
    soort         varchar(20) not null check (soort in ('gewijzigd', 'lid_toegevoegd', 'afgesplitst', 'lid_verwijderd')),
    veld          varchar(40),
    voor          text,
    na            text,
    reden         text,
    door          text not null,
    op            timestamptz not null
);
create index wijziging_huishouden on bewoners.wijziging (huishouden_id, op desc);

-- Part-of-name search in Latin and Cyrillic script, case-insensitive: a trigram index (pg_trgm,
-- a trusted contrib extension, so the database owner may create it) over the names in both scripts
-- and the transliteration key. Created in public, where the app's search_path finds its operators.
create extension if not exists pg_trgm with schema public;
create function bewoners.zoektekst(voornaam text, achternaam text, voornaam_origineel text, achternaam_origineel text,
                                   naamsleutel text) returns text
    language sql immutable parallel safe
    return lower(voornaam || ' ' || achternaam || ' ' || coalesce(voornaam_origineel, '') || ' '
                 || coalesce(achternaam_origineel, '') || ' ' || naamsleutel);
create index bewoner_zoektekst on bewoners.bewoner
    using gin (bewoners.zoektekst(voornaam, achternaam, voornaam_origineel, achternaam_origineel, naamsleutel) public.gin_trgm_ops);
create index huishouden_aangemaakt on bewoners.huishouden (aangemaakt_op desc, id);
