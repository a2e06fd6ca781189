-- The processing log's hash chain, cheap under concurrency and in bulk (issue 14, ADR 0026; the chain
-- itself: V39, ADR 0018). Three measured problems of V39's per-row trigger:
--   1. its advisory lock was taken at a transaction's FIRST log record and held until commit;
--   2. it looked up the last record and hashed in PL/pgSQL for every row (a 100,000-resident import
--      spent 14 of its 19 seconds there);
--   3. that lookup (order by volgnummer desc limit 1) walked over the dead index entries a rolled-back
--      bulk insert left behind: minutes for the next insert.
-- Now: the chain's head (last volgnummer and hash) is one row in logboek.ketenkop; its row lock, taken
-- by the statement that appends, replaces the advisory lock and gives all writers one order. The
-- application (nl.onderdak.logboek.Logboek) collects a transaction's records and appends them just
-- before commit in ONE call of logboek.leg, which numbers and hashes the whole set in one statement
-- and moves the head once: the head is locked only for that statement and the commit. Any other insert
-- (the owner, a tool, a test) still gets its number and hash from the row trigger, from the same head.
-- The canonical form and hash are unchanged (V39's logboek.verwerkingslog_hash; Ketencontrole in Java).

create table logboek.ketenkop (
    -- Exactly one row: the key can only be true.
    enig               boolean primary key default true check (enig),
    laatste_volgnummer bigint  not null check (laatste_volgnummer >= 0),
    -- 32 zero bytes while the log is empty: the "previous hash" of record 1 (Ketencontrole.BEGIN).
    laatste_hash       bytea   not null check (octet_length(laatste_hash) = 32)
);
comment on table logboek.ketenkop is
    'Head of the processing log''s hash chain (ADR 0026): the last volgnummer and its hash. Moved only by '
    'logboek.leg and the trigger verwerkingslog_keten, in the transaction that appends; the application may only read it.';

-- No writer may append while the head is set: this migration's transaction holds the table's lock.
lock table logboek.verwerkingslog in share row exclusive mode;
insert into logboek.ketenkop (laatste_volgnummer, laatste_hash)
select coalesce((select volgnummer from logboek.verwerkingslog order by volgnummer desc limit 1), 0),
       coalesce((select hash from logboek.verwerkingslog order by volgnummer desc limit 1), decode(repeat('00', 32), 'hex'));

-- The canonical form of V39's logboek.verwerkingslog_hash, without the hash: the bytes that are hashed
-- after the previous hash. A SQL-standard body (names bound when it is created, so no search_path
-- matters) that the planner inlines into logboek.leg's statement: stable, not immutable, because
-- extract(epoch from timestamptz) is stable, and an immutable function with a stable body is not inlined
-- (measured: a call per row cost more than the hash itself).
create function logboek.verwerkingslog_canoniek(volgnummer bigint, id bigint, tijdstip timestamptz,
                                                verwerkingsactiviteit text, doel text, handeling text,
                                                organisatie_code text, gebruiker text, betrokkene text, trace_id text)
    returns bytea
    language sql stable parallel safe
    return convert_to(
        octet_length(volgnummer::text) || ':' || volgnummer::text
        || octet_length(id::text) || ':' || id::text
        || octet_length(((extract(epoch from tijdstip) * 1000000)::bigint)::text) || ':'
            || ((extract(epoch from tijdstip) * 1000000)::bigint)::text
        || octet_length(verwerkingsactiviteit) || ':' || verwerkingsactiviteit
        || octet_length(doel) || ':' || doel
        || octet_length(handeling) || ':' || handeling
        || octet_length(organisatie_code) || ':' || organisatie_code
        || octet_length(gebruiker) || ':' || gebruiker
        || octet_length(betrokkene) || ':' || betrokkene
        || octet_length(trace_id) || ':' || trace_id, 'UTF8');

-- The chain as an aggregate, run as a window over the new records in their order: each row's hash is
-- sha256(hash of the row before || its canonical form), the first row's "before" is the head's hash.
-- One pass over the set, no lookup per row. PL/pgSQL rather than SQL: as a transition function it is
-- called per row, and a SQL function's call cost half again as much (measured). Every name is
-- qualified instead of a SET search_path clause, which would cost a settings switch per call.
create function logboek.keten_stap(staat bytea, begin bytea, canoniek bytea) returns bytea
    language plpgsql immutable parallel safe
as $$
begin
    return pg_catalog.sha256(pg_catalog.byteacat(coalesce(staat, begin), canoniek));
end $$;
create aggregate logboek.keten(bytea, bytea) (sfunc = logboek.keten_stap, stype = bytea);

-- Appends a set of records at the head of the chain in one statement and moves the head once. Record i
-- is (betrokkenen[i], and the i-th element of the other arrays). SECURITY DEFINER: the application may
-- not write the head itself (afterMigrate grants it only select), so it cannot choose a number or hash;
-- it can only hand over the fields it could insert anyway. Returns the new head's volgnummer.
create function logboek.leg(tijdstippen timestamptz[], activiteiten text[], doelen text[], handelingen text[],
                            organisaties text[], gebruikers text[], betrokkenen text[], traces text[])
    returns bigint
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    kop record;
    aantal integer := coalesce(cardinality(betrokkenen), 0);
    nieuw record;
begin
    if aantal = 0 then
        return null;
    end if;
    if cardinality(tijdstippen) <> aantal or cardinality(activiteiten) <> aantal or cardinality(doelen) <> aantal
       or cardinality(handelingen) <> aantal or cardinality(organisaties) <> aantal or cardinality(gebruikers) <> aantal
       or cardinality(traces) <> aantal then
        raise exception 'logboek.leg: arrays of different length' using errcode = '22023';
    end if;
    -- The head's row lock: writers take turns from here until their commit, not from their first record on.
    select k.laatste_volgnummer, k.laatste_hash into kop from logboek.ketenkop k for update;
    with r as (
        select nr, nextval('logboek.verwerkingslog_id_seq'::regclass) as id, tijdstip, activiteit, doel, handeling,
               organisatie, gebruiker, betrokkene, trace, kop.laatste_volgnummer + nr as volgnummer
          from unnest(tijdstippen, activiteiten, doelen, handelingen, organisaties, gebruikers, betrokkenen, traces)
               with ordinality as u(tijdstip, activiteit, doel, handeling, organisatie, gebruiker, betrokkene, trace, nr)
    ), h as (
        select r.*, logboek.keten(kop.laatste_hash, logboek.verwerkingslog_canoniek(volgnummer, id, tijdstip, activiteit,
                   doel, handeling, organisatie, gebruiker, betrokkene, trace))
                   over (order by nr rows between unbounded preceding and current row) as hash
          from r
    ), ingevoegd as (
        insert into logboek.verwerkingslog (id, tijdstip, verwerkingsactiviteit, doel, handeling, organisatie_code, gebruiker,
                                            betrokkene, trace_id, volgnummer, vorige_hash, hash)
        select id, tijdstip, activiteit, doel, handeling, organisatie, gebruiker, betrokkene, trace, volgnummer,
               coalesce(lag(hash) over (order by nr), kop.laatste_hash), hash
          from h
         order by nr
        returning volgnummer, hash
    )
    select i.volgnummer, i.hash into nieuw from ingevoegd i order by i.volgnummer desc limit 1;
    update logboek.ketenkop set laatste_volgnummer = nieuw.volgnummer, laatste_hash = nieuw.hash;
    return nieuw.volgnummer;
end $$;

-- Every other insert: numbered and hashed row by row from the same head, which it moves. Skipped only
-- inside a SECURITY DEFINER function (current_user is then the owner, session_user the caller), that is
-- inside logboek.leg, which sets the numbers and hashes itself; the application cannot make
-- current_user differ from session_user otherwise (it is a member of no other role). An owner who
-- inserts directly is chained by this trigger too. SECURITY DEFINER because it moves the head, which
-- the application may not write.
create or replace function logboek.verwerkingslog_keten() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    kop record;
begin
    select k.laatste_volgnummer, k.laatste_hash into kop from logboek.ketenkop k for update;
    new.volgnummer := kop.laatste_volgnummer + 1;
    new.vorige_hash := kop.laatste_hash;
    new.hash := logboek.verwerkingslog_hash(new.vorige_hash, new.volgnummer, new.id, new.tijdstip,
                                            new.verwerkingsactiviteit, new.doel, new.handeling, new.organisatie_code,
                                            new.gebruiker, new.betrokkene, new.trace_id);
    update logboek.ketenkop set laatste_volgnummer = new.volgnummer, laatste_hash = new.hash;
    return new;
end $$;

drop trigger verwerkingslog_keten on logboek.verwerkingslog;
create trigger verwerkingslog_keten before insert on logboek.verwerkingslog
    for each row when (current_user = session_user) execute function logboek.verwerkingslog_keten();
