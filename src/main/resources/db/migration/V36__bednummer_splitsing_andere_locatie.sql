-- Issue 13, remaining gaps of placement.

-- 1. The bed board shows which bed someone sleeps in: the view plaatsing publishes gets the bed's number
--    and its kind (long or short stay; beds are numbered per kind, ADR 0008). Appended at the end, as
--    create or replace view allows; still no BSN and nothing else of the person.
create or replace view plaatsing.bedverblijf as
select bb.bewoner_id, bb.opvanglocatie_id, bb.periode, bb.bednummer, bb.verblijfsduur from plaatsing.bedbezetting bb;

-- 2. Splitting a household ends the running placement of the whole household on the day of the split
--    ('gesplitst', never chosen by a user) and starts one per household from that day, on the same beds:
--    the counts per period stay the same and each household has its own placement to check out.
alter table plaatsing.plaatsing drop constraint if exists plaatsing_vertrekreden_check;
alter table plaatsing.plaatsing add constraint plaatsing_vertrekreden_check check (vertrekreden in
    ('eigen_woning', 'terug_naar_oekraine', 'andere_gemeente', 'coa', 'onbekende_bestemming', 'overleden', 'verhuizing', 'gesplitst'));

-- 3. The receiving gemeente accepted at another of its own locations than the one proposed: the step
--    keeps which location was proposed next to the one chosen, and the request remembers when the
--    proposer (region or LCVS) opened it, so their work item goes away then (or after 7 days).
alter table plaatsing.verzoekstap add column voorgestelde_locatie_id uuid;
alter table plaatsing.plaatsingsverzoek add column andere_locatie_gezien_op timestamptz;
