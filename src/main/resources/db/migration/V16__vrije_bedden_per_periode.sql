-- Free beds per location and period, long and short stay: usable beds (from beddenstand, only while
-- the status is 'beschikbaar') minus occupied beds (from bezettingsstand). Kept by the same triggers
-- as those two tables (ADR 0007), so the national placement suggestions read one table instead of
-- joining two for 3,000 locations on every request. Availability dates of the location itself are
-- still checked by the query.
create table vrijstand (
    opvanglocatie_id uuid not null references opvanglocatie,
    geldig           daterange not null check (not isempty(geldig)),
    lang_vrij        int not null,
    kort_vrij        int not null,
    constraint vrijstand_geen_overlap exclude using gist (opvanglocatie_id with =, geldig with &&)
);
create index vrijstand_geldig on vrijstand using gist (geldig);

create function herbereken_vrijstand(locaties uuid[]) returns void language sql as $$
    delete from vrijstand where opvanglocatie_id = any(locaties);
    insert into vrijstand (opvanglocatie_id, geldig, lang_vrij, kort_vrij)
    with grenzen as (
        select opvanglocatie_id, lower(geldig) as dag from beddenstand where opvanglocatie_id = any(locaties)
        union
        select opvanglocatie_id, upper(geldig) from beddenstand where opvanglocatie_id = any(locaties) and not upper_inf(geldig)
        union
        select opvanglocatie_id, lower(geldig) from bezettingsstand where opvanglocatie_id = any(locaties)
        union
        select opvanglocatie_id, upper(geldig) from bezettingsstand where opvanglocatie_id = any(locaties) and not upper_inf(geldig)),
    stukken as (
        select opvanglocatie_id, dag as van, lead(dag) over (partition by opvanglocatie_id order by dag) as tot
          from grenzen where dag is not null)
    select s.opvanglocatie_id, daterange(s.van, s.tot, '[)'),
           b.lang_opgegeven - b.lang_buiten - coalesce(z.lang, 0), b.kort_opgegeven - b.kort_buiten - coalesce(z.kort, 0)
      from stukken s
      join beddenstand b on b.opvanglocatie_id = s.opvanglocatie_id and b.geldig @> s.van and b.status = 'beschikbaar'
      left join bezettingsstand z on z.opvanglocatie_id = s.opvanglocatie_id and z.geldig @> s.van;
$$;

create or replace function beddenstand_na_invoegen() returns trigger language plpgsql as $$
declare
    ids uuid[] := array(select distinct opvanglocatie_id from nieuw);
begin
    perform vergrendel_locaties(ids);
    perform herbereken_beddenstand(ids);
    perform herbereken_vrijstand(ids);
    return null;
end $$;

create or replace function bezettingsstand_na_wijziging() returns trigger language plpgsql as $$
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
    perform herbereken_vrijstand(ids);
    return null;
end $$;

select herbereken_vrijstand(array(select id from opvanglocatie));
