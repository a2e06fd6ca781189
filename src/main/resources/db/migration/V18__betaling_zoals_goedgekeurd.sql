-- Payments exactly as approved (issue 11, ADR 0013): a run's line keeps the payment details of its
-- preview, execution pays those and nothing else, the gemeente's own account and a manual failure
-- mark need a second employee.

-- The payment details as they were at the preview. Written once, with the line.
alter table betaalrunregel
    add column iban                     varchar(34),
    add column tenaamstelling           text,
    add column kaartnummer              varchar(32),
    add column betaalgegevens_op        timestamptz,   -- betaalwijze.gewijzigd_op at the preview
    -- Set once, at execution, when the household's details no longer equal the approved ones.
    add column tegengehouden_bij_uitvoering text;

-- Lines of a run that is no longer a concept are never added, changed or removed: the approver
-- approved exactly these. The only change ever made is holding a line back at execution.
create function betaalrunregel_vast() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        -- Removing a line of an approved run would change what is paid; a concept is not approved yet, and an executed
        -- run's payments are rows of their own.
        if exists (select 1 from betaalrun where id = old.betaalrun_id and status = 'goedgekeurd') then
            raise exception 'een regel van een goedgekeurde betaalrun wordt niet verwijderd' using errcode = 'P0001';
        end if;
        return old;
    end if;
    if (new.betaalrun_id, new.huishouden_id, new.bedrag, new.poging, new.methode, new.tegengehouden, new.iban, new.tenaamstelling,
        new.kaartnummer, new.betaalgegevens_op)
       is distinct from (old.betaalrun_id, old.huishouden_id, old.bedrag, old.poging, old.methode, old.tegengehouden, old.iban,
        old.tenaamstelling, old.kaartnummer, old.betaalgegevens_op) then
        raise exception 'de voorvertoning van een betaalrun wordt niet gewijzigd' using errcode = 'P0001';
    end if;
    if old.tegengehouden_bij_uitvoering is not null
       or not exists (select 1 from betaalrun where id = new.betaalrun_id and status = 'goedgekeurd') then
        raise exception 'een regel wordt alleen bij de uitvoering van een goedgekeurde run tegengehouden' using errcode = 'P0001';
    end if;
    return new;
end $$;
create trigger betaalrunregel_vast before update or delete on betaalrunregel
    for each row execute function betaalrunregel_vast();

-- Lines are added only while the run is a concept (one check per statement: a preview inserts 100,000 lines at once).
create function betaalrunregel_alleen_in_concept() returns trigger language plpgsql as $$
begin
    if exists (select 1 from nieuw n join betaalrun r on r.id = n.betaalrun_id where r.status <> 'concept') then
        raise exception 'regels worden alleen aan een betaalrun in concept toegevoegd' using errcode = 'P0001';
    end if;
    return null;
end $$;
create trigger betaalrunregel_alleen_in_concept after insert on betaalrunregel referencing new table as nieuw
    for each statement execute function betaalrunregel_alleen_in_concept();

-- A run moves forward only: concept -> goedgekeurd -> uitgevoerd, or to vervallen before execution.
create function betaalrun_stappen() returns trigger language plpgsql as $$
begin
    if new.status <> old.status and not ((old.status, new.status) in (('concept', 'goedgekeurd'), ('concept', 'vervallen'),
            ('goedgekeurd', 'uitgevoerd'), ('goedgekeurd', 'vervallen'))) then
        raise exception 'een betaalrun gaat niet van % naar %', old.status, new.status using errcode = 'P0001';
    end if;
    if (new.aangemaakt_door, new.goedgekeurd_door, new.gemeente_code, new.maand) is distinct from
       (old.aangemaakt_door, coalesce(old.goedgekeurd_door, new.goedgekeurd_door), old.gemeente_code, old.maand) then
        raise exception 'maker, goedkeurder, gemeente en maand van een betaalrun liggen vast' using errcode = 'P0001';
    end if;
    return new;
end $$;
create trigger betaalrun_stappen before update on betaalrun for each row execute function betaalrun_stappen();

-- How a payment was marked failed: by the bank's camt.054, or by hand (CSV) claimed by one employee
-- and confirmed by another.
alter table betaling
    add column mislukt_bron           varchar(10) check (mislukt_bron in ('camt054', 'handmatig', 'ouder')),
    add column mislukt_gemeld_door    text,
    add column mislukt_bevestigd_door text;
-- Failures recorded before this migration: their source was not kept.
update betaling set mislukt_bron = 'ouder' where status = 'mislukt';
alter table betaling
    add constraint betaling_mislukt_met_bron check ((status = 'mislukt') = (mislukt_bron is not null)),
    add constraint betaling_handmatig_vier_ogen check (mislukt_bron is distinct from 'handmatig'
        or (mislukt_gemeld_door is not null and mislukt_bevestigd_door is not null and mislukt_bevestigd_door <> mislukt_gemeld_door));

-- Which payments concern a household with a child travelling alone: their names, account and card
-- go into separate files that only employees with the role for such children download.
alter table betaling add column afgeschermd boolean not null default false;

-- A payment is inserted only from an approved line of a run being executed, with exactly the
-- line's amount, attempt and payment details.
create function betaling_zoals_goedgekeurd() returns trigger language plpgsql as $$
begin
    if exists (select 1 from nieuw n
                 left join betaalrunregel r on r.betaalrun_id = n.betaalrun_id and r.huishouden_id = n.huishouden_id
                 left join betaalrun b on b.id = n.betaalrun_id
                where b.status is distinct from 'goedgekeurd' or r.huishouden_id is null or r.tegengehouden is not null
                   or r.tegengehouden_bij_uitvoering is not null
                   or (n.bedrag, n.poging, n.methode, n.iban, n.tenaamstelling, n.kaartnummer)
                      is distinct from (r.bedrag, r.poging, r.methode, r.iban, r.tenaamstelling, r.kaartnummer)) then
        raise exception 'een betaling wijkt af van de goedgekeurde regel' using errcode = 'P0001';
    end if;
    return null;
end $$;
create trigger betaling_zoals_goedgekeurd after insert on betaling referencing new table as nieuw
    for each statement execute function betaling_zoals_goedgekeurd();

-- A failure claimed by hand (a CSV or a manual mark) waits for a second employee of the gemeente.
create table mislukmelding (
    betaling_id    uuid primary key references betaling,
    reden          varchar(200) not null check (btrim(reden) <> ''),
    gemeld_door    text not null,
    gemeld_op      timestamptz not null,
    bevestigd_door text check (bevestigd_door <> gemeld_door),   -- four eyes
    bevestigd_op   timestamptz,
    afgewezen_door text check (afgewezen_door <> gemeld_door),
    afgewezen_op   timestamptz,
    check ((bevestigd_door is null) = (bevestigd_op is null)),
    check ((afgewezen_door is null) = (afgewezen_op is null)),
    check (bevestigd_door is null or afgewezen_door is null)
);
create function mislukmelding_eenmaal() returns trigger language plpgsql as $$
begin
    if (old.bevestigd_door is not null or old.afgewezen_door is not null)
       or (new.betaling_id, new.reden, new.gemeld_door, new.gemeld_op) is distinct from
          (old.betaling_id, old.reden, old.gemeld_door, old.gemeld_op) then
        raise exception 'een afgehandelde melding wordt niet gewijzigd' using errcode = 'P0001';
    end if;
    return new;
end $$;
create trigger mislukmelding_eenmaal before update on mislukmelding for each row execute function mislukmelding_eenmaal();

-- The gemeente's own account changes only when a second employee confirms a proposal.
create table leefgeldrekening_voorstel (
    id              uuid primary key,
    gemeente_code   varchar(6) not null check (gemeente_code ~ '^GM[0-9]{4}$'),
    iban            varchar(34) not null check (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
    bic             varchar(11),
    naam            text not null,
    voorgesteld_door text not null,
    voorgesteld_op  timestamptz not null,
    status          varchar(12) not null default 'open' check (status in ('open', 'bevestigd', 'afgewezen', 'vervangen')),
    afgehandeld_door text check (afgehandeld_door <> voorgesteld_door),   -- four eyes
    afgehandeld_op  timestamptz,
    check ((status in ('bevestigd', 'afgewezen')) = (afgehandeld_door is not null))
);
create unique index leefgeldrekening_een_open_voorstel on leefgeldrekening_voorstel (gemeente_code) where status = 'open';

alter table leefgeldrekening add column voorgesteld_door text;
update leefgeldrekening set voorgesteld_door = '(vastgelegd vóór vier ogen)' where voorgesteld_door is null;
alter table leefgeldrekening alter column voorgesteld_door set not null,
    add constraint leefgeldrekening_vier_ogen check (voorgesteld_door <> gewijzigd_door);

-- The account row is written only from a proposal confirmed by another employee.
create function leefgeldrekening_bevestigd() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from leefgeldrekening_voorstel v
                    where v.gemeente_code = new.gemeente_code and v.iban = new.iban and v.bic is not distinct from new.bic
                      and v.status = 'bevestigd' and v.voorgesteld_door = new.voorgesteld_door and v.afgehandeld_door = new.gewijzigd_door) then
        raise exception 'de rekening van de gemeente wijzigt alleen na bevestiging door een tweede medewerker' using errcode = 'P0001';
    end if;
    return new;
end $$;
create trigger leefgeldrekening_bevestigd before insert or update on leefgeldrekening
    for each row execute function leefgeldrekening_bevestigd();
create trigger leefgeldrekening_niet_weg before delete on leefgeldrekening for each row execute function weiger_wijziging();

-- A payment's details never change; only its status, once, from verstuurd. A failure marked by hand
-- needs the confirmed claim of two different employees.
create function betaling_vast() returns trigger language plpgsql as $$
begin
    if (new.id, new.betaalrun_id, new.huishouden_id, new.gemeente_code, new.maand, new.poging, new.bedrag, new.methode, new.iban,
        new.tenaamstelling, new.kaartnummer, new.end_to_end_id, new.afgeschermd)
       is distinct from (old.id, old.betaalrun_id, old.huishouden_id, old.gemeente_code, old.maand, old.poging, old.bedrag, old.methode,
        old.iban, old.tenaamstelling, old.kaartnummer, old.end_to_end_id, old.afgeschermd) then
        raise exception 'de gegevens van een betaling worden niet gewijzigd' using errcode = 'P0001';
    end if;
    if new.status <> old.status and old.status <> 'verstuurd' then
        raise exception 'een betaling die % is, wordt niet %', old.status, new.status using errcode = 'P0001';
    end if;
    if new.status = 'mislukt' and new.mislukt_bron = 'handmatig' and not exists (
            select 1 from mislukmelding m where m.betaling_id = new.id and m.gemeld_door = new.mislukt_gemeld_door
               and m.bevestigd_door = new.mislukt_bevestigd_door) then
        raise exception 'een mislukking met de hand vraagt een bevestigde melding van twee medewerkers' using errcode = 'P0001';
    end if;
    if new.mislukt_bron = 'ouder' and old.mislukt_bron is distinct from 'ouder' then
        raise exception 'bron ouder is alleen voor mislukkingen van voor versie 18' using errcode = 'P0001';
    end if;
    return new;
end $$;
create trigger betaling_vast before update on betaling for each row execute function betaling_vast();
