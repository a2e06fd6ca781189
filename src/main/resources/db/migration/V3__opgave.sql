-- Target decisions (opgavebesluiten): the announced national total On for a calendar half-year.
-- A published decision is never changed; a newer decision for the same half-year supersedes it.
create table opgavebesluit (
    id                  uuid primary key,
    halfjaar            varchar(7) not null check (halfjaar ~ '^[0-9]{4}-H[12]$'),
    landelijk_totaal    int  not null check (landelijk_totaal >= 50000),
    peiljaar            int  not null,
    aankondigingsdatum  date not null,
    spoed               boolean not null default false,
    spoed_reden         text,
    toelichting         text,
    vervangt            uuid references opgavebesluit,
    vastgelegd_op       timestamptz not null,
    vastgelegd_door     text not null,
    check (not spoed or coalesce(btrim(spoed_reden), '') <> '')
);
create unique index opgavebesluit_vervangt_eenmaal on opgavebesluit (vervangt) where vervangt is not null;
create index opgavebesluit_halfjaar on opgavebesluit (halfjaar, vastgelegd_op);

-- The regional targets as computed when the decision was recorded, so later data changes never
-- rewrite a published decision.
create table opgavebesluit_regio (
    opgavebesluit_id uuid not null references opgavebesluit,
    veiligheidsregio_code varchar(4) not null references veiligheidsregio,
    inwoners         bigint not null,
    landoppervlakte_ha bigint not null,
    exacte_waarde    numeric(14, 4) not null,
    opgave           int not null,
    primary key (opgavebesluit_id, veiligheidsregio_code)
);

create function weiger_wijziging() returns trigger language plpgsql as $$
begin
    raise exception 'gepubliceerde gegevens in % worden nooit gewijzigd of verwijderd', tg_table_name
        using errcode = 'integrity_constraint_violation';
end $$;

create trigger opgavebesluit_onveranderlijk before update or delete on opgavebesluit
    for each row execute function weiger_wijziging();
create trigger opgavebesluit_regio_onveranderlijk before update or delete on opgavebesluit_regio
    for each row execute function weiger_wijziging();
