-- Derived, read-optimised forms of the histories: one row per location per period in which nothing
-- changed. The histories (locatiestatus, beddenmutatie, plaatsing) stay the truth; these tables are
-- rebuilt for the affected locations by statement-level triggers in the same transaction, so they
-- can never disagree with them. The capacity overview on any day then reads one row per location
-- through a GiST index instead of three index probes into years of daily changes (ADR 0007).
create extension if not exists btree_gist;

create table beddenstand (
    opvanglocatie_id uuid not null references opvanglocatie,
    geldig           daterange not null,
    status           varchar(20),
    lang_opgegeven   int not null,
    lang_buiten      int not null,
    kort_opgegeven   int not null,
    kort_buiten      int not null,
    constraint beddenstand_geen_overlap exclude using gist (opvanglocatie_id with =, geldig with &&)
);
create index beddenstand_geldig on beddenstand using gist (geldig);

-- Rebuilds the periods of the given locations from their status and bed histories. A period starts
-- at every date on which the status or a number of beds changes, and runs up to the next such date.
create function herbereken_beddenstand(locaties uuid[]) returns void language sql as $$
    delete from beddenstand where opvanglocatie_id = any(locaties);
    insert into beddenstand (opvanglocatie_id, geldig, status, lang_opgegeven, lang_buiten, kort_opgegeven, kort_buiten)
    with datums as (
        select opvanglocatie_id, ingangsdatum from beddenmutatie where opvanglocatie_id = any(locaties)
        union
        select opvanglocatie_id, ingangsdatum from locatiestatus where opvanglocatie_id = any(locaties)),
    perioden as (
        select opvanglocatie_id, ingangsdatum as van,
               lead(ingangsdatum) over (partition by opvanglocatie_id order by ingangsdatum) as tot
          from datums)
    select p.opvanglocatie_id, daterange(p.van, p.tot, '[)'), st.status,
           coalesce(bl.opgegeven, 0), coalesce(bl.buiten_gebruik, 0),
           coalesce(bk.opgegeven, 0), coalesce(bk.buiten_gebruik, 0)
      from perioden p
      left join lateral (select s.status from locatiestatus s
                          where s.opvanglocatie_id = p.opvanglocatie_id and s.ingangsdatum <= p.van
                          order by s.ingangsdatum desc, s.id desc limit 1) st on true
      left join lateral (select b.opgegeven, b.buiten_gebruik from beddenmutatie b
                          where b.opvanglocatie_id = p.opvanglocatie_id and b.verblijfsduur = 'lang' and b.ingangsdatum <= p.van
                          order by b.ingangsdatum desc, b.id desc limit 1) bl on true
      left join lateral (select b.opgegeven, b.buiten_gebruik from beddenmutatie b
                          where b.opvanglocatie_id = p.opvanglocatie_id and b.verblijfsduur = 'kort' and b.ingangsdatum <= p.van
                          order by b.ingangsdatum desc, b.id desc limit 1) bk on true;
$$;

-- Two transactions that change the same location take turns: the row lock on the location is held
-- to the end of the transaction, and the rebuild then sees the other's committed rows.
create function vergrendel_locaties(locaties uuid[]) returns void language sql as $$
    select 1 from opvanglocatie where id = any(locaties) order by id for no key update;
$$;

create function beddenstand_na_invoegen() returns trigger language plpgsql as $$
declare
    ids uuid[] := array(select distinct opvanglocatie_id from nieuw);
begin
    perform vergrendel_locaties(ids);
    perform herbereken_beddenstand(ids);
    return null;
end $$;

create trigger beddenmutatie_beddenstand after insert on beddenmutatie
    referencing new table as nieuw for each statement execute function beddenstand_na_invoegen();
create trigger locatiestatus_beddenstand after insert on locatiestatus
    referencing new table as nieuw for each statement execute function beddenstand_na_invoegen();

select herbereken_beddenstand(array(select id from opvanglocatie));

-- Occupied beds per location per period, from the placements: a running sum of arrivals (+) and
-- departures (-); a placement occupies from vanaf up to, not including, tot.
create table bezettingsstand (
    opvanglocatie_id uuid not null references opvanglocatie,
    geldig           daterange not null,
    lang             int not null,
    kort             int not null,
    constraint bezettingsstand_geen_overlap exclude using gist (opvanglocatie_id with =, geldig with &&)
);
create index bezettingsstand_geldig on bezettingsstand using gist (geldig);

create function herbereken_bezettingsstand(locaties uuid[]) returns void language sql as $$
    delete from bezettingsstand where opvanglocatie_id = any(locaties);
    insert into bezettingsstand (opvanglocatie_id, geldig, lang, kort)
    with gebeurtenis as (
        select opvanglocatie_id, vanaf as dag,
               case when verblijfsduur = 'lang' then aantal_personen else 0 end as lang,
               case when verblijfsduur = 'kort' then aantal_personen else 0 end as kort
          from plaatsing where opvanglocatie_id = any(locaties)
        union all
        select opvanglocatie_id, tot,
               case when verblijfsduur = 'lang' then -aantal_personen else 0 end,
               case when verblijfsduur = 'kort' then -aantal_personen else 0 end
          from plaatsing where opvanglocatie_id = any(locaties) and tot is not null),
    per_dag as (
        select opvanglocatie_id, dag, sum(lang) as lang, sum(kort) as kort from gebeurtenis group by opvanglocatie_id, dag),
    lopend as (
        select opvanglocatie_id, dag as van,
               lead(dag) over (partition by opvanglocatie_id order by dag) as tot,
               sum(lang) over (partition by opvanglocatie_id order by dag rows unbounded preceding) as lang,
               sum(kort) over (partition by opvanglocatie_id order by dag rows unbounded preceding) as kort
          from per_dag)
    select opvanglocatie_id, daterange(van, tot, '[)'), lang, kort from lopend where lang <> 0 or kort <> 0;
$$;

create function bezettingsstand_na_wijziging() returns trigger language plpgsql as $$
declare
    ids uuid[];
begin
    if tg_op = 'INSERT' then
        ids := array(select distinct opvanglocatie_id from nieuw);
    elsif tg_op = 'DELETE' then
        ids := array(select distinct opvanglocatie_id from oud);
    else
        ids := array(select opvanglocatie_id from nieuw union select opvanglocatie_id from oud);
    end if;
    perform vergrendel_locaties(ids);
    perform herbereken_bezettingsstand(ids);
    return null;
end $$;

create trigger plaatsing_bezettingsstand_in after insert on plaatsing
    referencing new table as nieuw for each statement execute function bezettingsstand_na_wijziging();
create trigger plaatsing_bezettingsstand_upd after update on plaatsing
    referencing new table as nieuw old table as oud for each statement execute function bezettingsstand_na_wijziging();
create trigger plaatsing_bezettingsstand_del after delete on plaatsing
    referencing old table as oud for each statement execute function bezettingsstand_na_wijziging();

select herbereken_bezettingsstand(array(select distinct opvanglocatie_id from plaatsing));
