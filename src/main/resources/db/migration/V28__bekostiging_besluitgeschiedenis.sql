-- bekostiging: one shape for "request, one NOO decision, append-only history". Declarations,
-- transition fees and regional cost applications keep their own history tables (their rows, unique
-- indexes and append-only triggers stay exactly as they are: no data moves), and this view reads all
-- three in one shape and one vocabulary. Transition fees store 'toegekend' for an approval; here it
-- reads 'goedgekeurd' like the others. Read-only: the application writes each history table itself.
-- Used by bekostiging only (not published to other modules).
create view bekostiging.besluitgeschiedenis as
select 'declaratie' as soort, s.declaratie_id as aanvraag_id, s.id as volgnummer, s.status, s.door, s.op, s.reden,
       cast(null as numeric(12, 2)) as bedrag
  from bekostiging.declaratie_status s
union all
select 'transitievergoeding', s.transitievergoeding_id, s.id,
       case s.status when 'toegekend' then 'goedgekeurd' else s.status end, s.vastgelegd_door, s.vastgelegd_op, s.reden,
       s.toegekend_bedrag
  from bekostiging.transitievergoedingstatus s
union all
select 'regiokostenaanvraag', s.regiokostenaanvraag_id, s.id, s.status, s.vastgelegd_door, s.vastgelegd_op, s.reden,
       cast(null as numeric(12, 2))
  from bekostiging.regiokostenaanvraagstatus s;

comment on view bekostiging.besluitgeschiedenis is
    'Histories of declarations, transition fees and regional cost applications in one shape (ingediend, goedgekeurd, afgewezen)';
