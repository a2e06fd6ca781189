-- What each module publishes for set-based reads by other modules (ADR 0015). A view in a module's
-- schema is its published read model; its tables are private. Other modules name only these views in
-- SQL (ForeignTableTest). Each view is simple, so PostgreSQL inlines it into the caller's query and the
-- set-based plans stay as they were (the benchmarks check this).

-- gebieden: the gemeenten of the current layout with their region and province, regions, centre points.
create view gebieden.actuele_gemeente as
select g.code, g.naam, g.veiligheidsregio_code, g.provincie_code
  from gebieden.gemeente g
 where g.indeling = (select max(datum) from gebieden.indeling);

create view gebieden.regio as
select v.code, v.naam, v.provincie_code from gebieden.veiligheidsregio v;

create view gebieden.ligging as
select m.gemeente_code, m.breedtegraad, m.lengtegraad from gebieden.gemeente_middelpunt m;

-- locaties: a location's fixed facts, and its usable beds per period (ADR 0007).
create view locaties.locatie as
select l.id, l.gemeente_code, l.naam, l.plaats, l.soort, l.beschikbaar_vanaf, l.beschikbaar_tot, l.rolstoeltoegankelijk,
       l.gezinskamers, l.catering, l.eigen_keuken, l.huisdieren_toegestaan
  from locaties.opvanglocatie l;

create view locaties.bedden_per_periode as
select b.opvanglocatie_id, b.geldig, b.status, b.lang_opgegeven, b.lang_buiten, b.kort_opgegeven, b.kort_buiten
  from locaties.beddenstand b;

-- bewoners: the members who count. A member merged into another record (samengevoegd_in) no longer
-- counts anywhere; this is the one place that rule is written for other modules.
create view bewoners.lid as
select b.id, b.huishouden_id, b.voornaam, b.achternaam, b.geboortedatum, b.geslacht, b.alleenreizend_minderjarig
  from bewoners.bewoner b
 where b.samengevoegd_in is null;

create view bewoners.relatie as
select hg.huishouden_id, hg.gemeente_code, hg.relatie, hg.plaatsingsverzoek_id from bewoners.huishouden_gemeente hg;

-- plaatsing: who slept in a numbered bed when, and stays with a host family.
create view plaatsing.bedverblijf as
select bb.bewoner_id, bb.opvanglocatie_id, bb.periode from plaatsing.bedbezetting bb;

create view plaatsing.verblijf_bij_gastgezin as
select g.id, g.huishouden_id, g.gemeente_code, g.periode, g.gastgezin from plaatsing.gastverblijf g;

-- bewoners: the one definition of "adult" for SQL, equal to bewoners.Leeftijd.isMeerderjarigOp in Java
-- (someone born on 29 February turns 18 on 1 March in a year without it: eighteen full years have
-- passed only then). Callers pass the day from the application's Clock, never current_date, so tests
-- can move time.
create function bewoners.meerderjarig_op(geboortedatum date, dag date) returns boolean
    language sql immutable parallel safe
    return geboortedatum <= (dag - interval '18 years')::date;
