-- Norm amounts of the BooO as dated data (loaded once from regels/normbedragen_booo.csv). History is
-- never edited: a national administrator adds a row; a row without an end runs until a later row of
-- the same form of reception starts. A proposal ('voorstel') is shown as such until a confirmed row
-- ('vastgesteld') for the same start is added.
create table normbedrag (
    id              bigserial primary key,
    geldig_vanaf    date not null,
    geldig_tot      date check (geldig_tot >= geldig_vanaf),                       -- inclusive; null = until replaced
    opvangvorm      varchar(3) not null check (opvangvorm in ('GOO', 'POO')),
    eenheid         varchar(32) not null check (eenheid in ('per_gerealiseerde_plek_per_dag', 'per_ontheemde_per_maand')),
    bedrag          numeric(8, 2) not null check (bedrag >= 0),
    status          varchar(12) not null check (status in ('vastgesteld', 'voorstel')),
    toelichting     text,
    bron            text not null check (btrim(bron) <> ''),
    vastgelegd_door text not null,
    vastgelegd_op   timestamptz not null,
    check ((opvangvorm = 'GOO') = (eenheid = 'per_gerealiseerde_plek_per_dag')),
    unique (opvangvorm, geldig_vanaf, status)
);
create trigger normbedrag_onveranderlijk before update or delete on normbedrag
    for each row execute function weiger_wijziging();
