-- Issue 13, hand-offs that carry: a declined proposal is a state of its own ('afgewezen'), no longer a
-- silent return to 'regio' or 'lcvs'. The request keeps who proposed (voorgesteld_door), so that party
-- proposes again, and the reason, which the proposer and the requesting gemeente see. Every step of a
-- request is kept in its history with who took it, when and why.
alter table plaatsing.plaatsingsverzoek drop constraint if exists plaatsingsverzoek_status_check;
alter table plaatsing.plaatsingsverzoek
    add constraint plaatsingsverzoek_status_check
        check (status in ('regio', 'lcvs', 'voorgesteld', 'afgewezen', 'geplaatst', 'ingetrokken')),
    -- A declined request lies with whoever proposed, with the reason the gemeente gave.
    add constraint plaatsingsverzoek_afgewezen_compleet
        check ((status = 'afgewezen') <= (voorgesteld_door is not null and afwijzingsreden is not null and afgewezen_op is not null));

-- A declined request is still open: a household keeps at most one open request.
drop index plaatsing.plaatsingsverzoek_een_open_per_huishouden;
create unique index plaatsingsverzoek_een_open_per_huishouden on plaatsing.plaatsingsverzoek (huishouden_id)
    where status in ('regio', 'lcvs', 'voorgesteld', 'afgewezen');

create table plaatsing.verzoekstap (
    id            bigint generated always as identity primary key,
    verzoek_id    uuid not null references plaatsing.plaatsingsverzoek,
    van_status    varchar(12),
    naar_status   varchar(12) not null,
    stap          varchar(20) not null check (stap in ('ingediend', 'doorgestuurd', 'voorgesteld', 'andere_locatie', 'geaccepteerd',
                                                      'afgewezen', 'ingetrokken')),
    -- The organisation that took the step (its code and name, as other parties see it) and the employee,
    -- whom only colleagues of the same organisation see.
    organisatie   varchar(20) not null,
    organisatie_naam text not null,
    door          text not null,
    -- The gemeente a proposal, acceptance or decline concerns: a later receiving gemeente does not see
    -- the steps of another gemeente (what it declined and why is that gemeente's own text).
    gemeente      varchar(6),
    op            timestamptz not null,
    reden         text check (char_length(reden) <= 500),
    locatie_id    uuid
);
create index verzoekstap_verzoek on plaatsing.verzoekstap (verzoek_id, op, id);
