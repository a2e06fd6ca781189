-- One schema per module (ADR 0015). Each module owns the tables in its schema; another module reads
-- only the views its owner publishes there (docs/module-anatomy.md). Flyway's history stays in public,
-- with the shared trigger function weiger_wijziging() and the extension btree_gist.
create schema gebieden;
create schema toegang;
create schema opgave;
create schema locaties;
create schema bewoners;
create schema plaatsing;
create schema logboek;
create schema leefgeld;
create schema bekostiging;

alter table provincie set schema gebieden;
alter table veiligheidsregio set schema gebieden;
alter table gemeente set schema gebieden;
alter table gemeente_kerncijfer set schema gebieden;
alter table gemeente_middelpunt set schema gebieden;
alter table indeling set schema gebieden;

alter table organisatie set schema toegang;
alter table gebruiker set schema toegang;
alter table mislukte_inlog set schema toegang;

alter table opgavebesluit set schema opgave;
alter table opgavebesluit_regio set schema opgave;

alter table opvanglocatie set schema locaties;
alter table locatiestatus set schema locaties;
alter table beddenmutatie set schema locaties;
alter table beddenstand set schema locaties;
alter table locatie_import set schema locaties;

alter table huishouden set schema bewoners;
alter table bewoner set schema bewoners;
alter table huishouden_gemeente set schema bewoners;
alter table dubbele_inschrijving_weigering set schema bewoners;

-- Who sleeps where: placements, numbered beds, host stays (moved here from leefgeld) and the
-- derived occupancy and free-bed tables.
alter table plaatsing set schema plaatsing;
alter table plaatsingsverzoek set schema plaatsing;
alter table bedbezetting set schema plaatsing;
alter table bezettingsstand set schema plaatsing;
alter table vrijstand set schema plaatsing;
alter table gastverblijf set schema plaatsing;

alter table verwerkingslog set schema logboek;

alter table leefgeldtarief set schema leefgeld;
alter table leefgeldbesluit set schema leefgeld;
alter table leefgeldrekening set schema leefgeld;
alter table leefgeldrekening_voorstel set schema leefgeld;
alter table betaalwijze set schema leefgeld;
alter table betaalrun set schema leefgeld;
alter table betaalrunregel set schema leefgeld;
alter table betaling set schema leefgeld;
alter table mislukmelding set schema leefgeld;

alter table normbedrag set schema bekostiging;
alter table declaratie set schema bekostiging;
alter table declaratie_bijlage set schema bekostiging;
alter table declaratie_status set schema bekostiging;
alter table transitievergoeding set schema bekostiging;
alter table transitievergoedingstatus set schema bekostiging;
alter table regiokostentermijn set schema bekostiging;
alter table regiokostenaanvraag set schema bekostiging;
alter table regiokostenaanvraagstatus set schema bekostiging;

-- The trigger functions name tables without a schema and are resolved when they run. They move to the
-- schema of the table they guard and get a fixed search_path, so they do not depend on the caller's.
-- The derived-period functions of beds and occupancy (ADR 0007, 0011) keep locaties.beddenstand and
-- plaatsing.bezettingsstand/vrijstand equal in one transaction; they are the one place where the
-- database itself joins two modules, documented in ADR 0015.
do $$
declare
    f record;
    doel text;
begin
    for f in
        select p.oid::regprocedure as handtekening, p.proname
          from pg_proc p join pg_namespace n on n.oid = p.pronamespace
         where n.nspname = 'public'
           and p.proname not in ('weiger_wijziging')
           and not exists (select from pg_depend d where d.objid = p.oid and d.deptype = 'e')
    loop
        doel := case
            when f.proname in ('declaratie_alleen_besluit', 'controleer_transitiebesluit') then 'bekostiging'
            when f.proname in ('betaalrunregel_vast', 'betaalrunregel_alleen_in_concept', 'betaalrun_stappen',
                               'betaling_zoals_goedgekeurd', 'mislukmelding_eenmaal',
                               'leefgeldrekening_bevestigd', 'betaling_vast') then 'leefgeld'
            when f.proname in ('herbereken_beddenstand', 'beddenstand_na_invoegen', 'vergrendel_locaties') then 'locaties'
            when f.proname in ('herbereken_bezettingsstand', 'bezettingsstand_na_wijziging', 'herbereken_vrijstand') then 'plaatsing'
            else null
        end;
        if doel is null then
            raise exception 'Function % has no module schema in V23', f.proname;
        end if;
        execute format('alter function %s set search_path = %I, locaties, plaatsing, public', f.handtekening, doel);
        execute format('alter function %s set schema %I', f.handtekening, doel);
    end loop;
end $$;
