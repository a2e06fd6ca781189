-- Issue 11, hand-offs without leaks (ADR 0014): the relation of a gemeente to a household has a kind.
--   registrerend  the gemeente that registered the household: full access;
--   voorgesteld   a gemeente where the region or the LCVS proposed a place, for one request: it sees the
--                 request's composition and needs (through the request), never names, BSN or payment
--                 data, and cannot change anything;
--   opvangend     the gemeente that accepted (or itself checked the household in): what the rules give
--                 the gemeente where the household lives.
-- Declining or withdrawing the request deletes its 'voorgesteld' rows.
alter table huishouden_gemeente
    add column relatie varchar(12) not null default 'registrerend'
        check (relatie in ('registrerend', 'voorgesteld', 'opvangend')),
    add column plaatsingsverzoek_id uuid references plaatsingsverzoek,
    add constraint huishouden_gemeente_voorstel_bij_verzoek
        check ((relatie = 'voorgesteld') = (plaatsingsverzoek_id is not null));

-- Existing rows. Every row is 'registrerend' now; only the registering gemeente keeps that.
-- A gemeente with a placement of the household at one of its locations is 'opvangend'.
update huishouden_gemeente hg set relatie = 'opvangend'
  from huishouden h
 where h.id = hg.huishouden_id and h.gemeente_code <> hg.gemeente_code
   and exists (select 1 from plaatsing p join opvanglocatie l on l.id = p.opvanglocatie_id
                where p.huishouden_id = hg.huishouden_id and l.gemeente_code = hg.gemeente_code);
-- A gemeente that only has an open proposal is 'voorgesteld' for that request.
update huishouden_gemeente hg set relatie = 'voorgesteld', plaatsingsverzoek_id = v.id
  from huishouden h, plaatsingsverzoek v
 where h.id = hg.huishouden_id and h.gemeente_code <> hg.gemeente_code and hg.relatie = 'registrerend'
   and v.huishouden_id = hg.huishouden_id and v.ontvangende_gemeente = hg.gemeente_code and v.status = 'voorgesteld';
-- What is left came from a proposal that is no longer open and never led to a placement: no access.
delete from huishouden_gemeente hg
 using huishouden h
 where h.id = hg.huishouden_id and h.gemeente_code <> hg.gemeente_code and hg.relatie = 'registrerend';

create index huishouden_gemeente_verzoek on huishouden_gemeente (plaatsingsverzoek_id) where plaatsingsverzoek_id is not null;

-- Declining (receiving gemeente) and withdrawing (requesting gemeente) a placement request.
alter table plaatsingsverzoek
    add column afgewezen_op     timestamptz,
    add column afwijzingsreden  text,
    add column ingetrokken_op   timestamptz,
    add constraint plaatsingsverzoek_afwijzingsreden_lengte check (char_length(afwijzingsreden) <= 500),
    add constraint plaatsingsverzoek_toelichting_lengte check (char_length(toelichting) <= 1000) not valid;
alter table plaatsing add constraint plaatsing_splitsingsreden_lengte check (char_length(splitsingsreden) <= 500) not valid;

-- Refused registrations because the BSN already exists at another gemeente, per user per day: at
-- most a few a day (the limit is in Huishoudens), kept in the database so it holds on every instance.
create table dubbele_inschrijving_weigering (
    gebruiker text not null,
    dag       date not null,
    aantal    int not null check (aantal > 0),
    primary key (gebruiker, dag)
);
