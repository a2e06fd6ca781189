-- Where each gemeente lies, for ranking placement suggestions by distance: the area-weighted centre
-- of its CBS boundary (computed at start-up from referentiedata/geo, see gebieden.Middelpunten).
create table gemeente_middelpunt (
    gemeente_code varchar(6) primary key check (gemeente_code ~ '^GM[0-9]{4}$'),
    breedtegraad  double precision not null check (breedtegraad between 50.5 and 53.8),
    lengtegraad   double precision not null check (lengtegraad between 3.2 and 7.3),
    bron          text not null
);

-- The LCVS may propose a short-stay (crisis) bed as well as a long-stay one; the acceptance places
-- the household in the kind of bed that was proposed.
alter table plaatsingsverzoek
    add column voorgestelde_verblijfsduur varchar(4) check (voorgestelde_verblijfsduur in ('lang', 'kort'));
update plaatsingsverzoek set voorgestelde_verblijfsduur = 'lang' where voorgestelde_locatie is not null;
alter table plaatsingsverzoek
    add constraint plaatsingsverzoek_voorstel_compleet
        check ((voorgestelde_locatie is null) = (voorgestelde_verblijfsduur is null));
