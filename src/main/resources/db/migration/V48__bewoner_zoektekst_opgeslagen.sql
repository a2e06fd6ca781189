-- The search text of a resident stored as a generated column (issue 14, load test; ADR 0025 addendum).
-- V31 indexed the expression bewoners.zoektekst(...): the trigram index only narrows a search down to
-- candidate rows, and PostgreSQL then rechecks every candidate by evaluating the expression again
-- (lower() over five concatenated names). A broad part-of-name search ("enko") in a gemeente of
-- 100,000 residents rechecks some 60,000 rows: measured 400 ms for the household list's count, of
-- which most was that recheck; on the stored column the same count takes about 55 ms. The text is
-- computed once per insert or name change instead of once per search hit.
alter table bewoners.bewoner
    add column zoektekst text
        generated always as (bewoners.zoektekst(voornaam, achternaam, voornaam_origineel, achternaam_origineel, naamsleutel)) stored;
comment on column bewoners.bewoner.zoektekst is
    'Names in both scripts and the transliteration key, lower case, for part-of-name search (trigram index). Generated.';
drop index bewoners.bewoner_zoektekst;
create index bewoner_zoektekst on bewoners.bewoner using gin (zoektekst public.gin_trgm_ops);
