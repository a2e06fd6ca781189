-- The trigram index of the residents' search text (V48) with a short pending list (issue 14, load test;
-- ADR 0025). A GIN index takes new entries into an unsorted pending list first (fastupdate) and merges
-- them into the index later; until then EVERY search reads the whole list. Its default limit is 4 MB:
-- measured on the load test's dataset after a day's intakes, 479 pages (7,144 entries) pending, and a
-- name search took 23 ms in the index instead of 1 ms. With a limit of 256 kB the list is merged about
-- every 30 pages, so a search reads at most that; inserting 100,000 residents took the same 2.4-3.2 s as
-- with the default (fastupdate off instead: 10-11 s). Autovacuum also merges it.
alter index bewoners.bewoner_zoektekst set (gin_pending_list_limit = 256);
