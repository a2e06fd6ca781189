-- Issue 14, item 4 (ADR 0025): indexes for what the load test showed slow on the national dataset.
--
-- The household list and search (bewoners.Huishoudenlijst) leave out, for every user without the children's
-- role, each household with an unaccompanied minor: "not exists (select 1 from bewoners.bewoner a where
-- a.huishouden_id = h.id and a.alleenreizend_minderjarig and a.samengevoegd_in is null)". There are few such
-- members (none among Rotterdam's 100,000 residents in the benchmark), yet without an index for them the count
-- of a search read the whole bewoner table once more just to find none (a parallel sequential scan of 190,000
-- rows in EXPLAIN ANALYZE). This partial index holds only those members, so the check is a look-up in an index
-- that is almost empty.
create index bewoner_alleenreizend_minderjarig on bewoners.bewoner (huishouden_id)
    where alleenreizend_minderjarig and samengevoegd_in is null;
