-- Tamper-evident processing log (issue 14, ADR 0018; BIO 8.15.05/8.15.06). Every record carries a
-- sequence number (volgnummer, 1, 2, 3, … without gaps), the hash of the record before it and its own
-- hash: SHA-256 over the previous hash and a canonical form of the record's fields. The chain is made
-- by a BEFORE INSERT trigger, so in the transaction that writes the record; a transaction-level
-- advisory lock gives all writers one order (the cost: log writes are serialised from a transaction's
-- first log record until its commit; ADR 0018 gives the measurement). LogboekControle recomputes the
-- chain in Java and names the first record that no longer matches.

alter table logboek.verwerkingslog
    add column volgnummer bigint,
    add column vorige_hash bytea,
    add column hash bytea;

-- The canonical form: every field as "<length in bytes>:<value>", so no choice of values can make two
-- different records read the same; the time as microseconds since 1970 (UTC), independent of the
-- session's time zone and date style. LogboekControle.canoniek in Java is the same form.
create function logboek.verwerkingslog_hash(vorige bytea, volgnummer bigint, id bigint, tijdstip timestamptz,
                                            verwerkingsactiviteit text, doel text, handeling text,
                                            organisatie_code text, gebruiker text, betrokkene text, trace_id text)
    returns bytea
    language sql immutable strict parallel safe
    set search_path = pg_catalog, pg_temp
    return sha256(vorige || convert_to(
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
        || octet_length(trace_id) || ':' || trace_id, 'UTF8'));

-- Chains every existing record once, in the order of their ids (the order they were written in, as far
-- as anyone can tell now). The append-only trigger is off for this one update, inside this migration's
-- transaction.
alter table logboek.verwerkingslog disable trigger verwerkingslog_onveranderlijk;
do $$
declare
    r record;
    vorige bytea := decode(repeat('00', 32), 'hex');
    nummer bigint := 0;
    h bytea;
    ids bigint[] := '{}';
    nummers bigint[] := '{}';
    vorigen bytea[] := '{}';
    hashes bytea[] := '{}';
begin
    for r in select * from logboek.verwerkingslog order by id loop
        nummer := nummer + 1;
        h := logboek.verwerkingslog_hash(vorige, nummer, r.id, r.tijdstip, r.verwerkingsactiviteit, r.doel, r.handeling,
                                         r.organisatie_code, r.gebruiker, r.betrokkene, r.trace_id);
        ids := ids || r.id;
        nummers := nummers || nummer;
        vorigen := vorigen || vorige;
        hashes := hashes || h;
        vorige := h;
    end loop;
    update logboek.verwerkingslog v set volgnummer = k.volgnummer, vorige_hash = k.vorige_hash, hash = k.hash
      from unnest(ids, nummers, vorigen, hashes) as k(id, volgnummer, vorige_hash, hash)
     where v.id = k.id;
end $$;
alter table logboek.verwerkingslog enable trigger verwerkingslog_onveranderlijk;

alter table logboek.verwerkingslog
    alter column volgnummer set not null,
    alter column vorige_hash set not null,
    alter column hash set not null;
create unique index verwerkingslog_volgnummer on logboek.verwerkingslog (volgnummer);

-- Sets volgnummer, vorige_hash and hash of a new record, whatever the inserting statement gave. The
-- advisory lock (transaction level, so held until commit or rollback) makes the writers take turns: the
-- next record can only be chained to a previous one that is committed or its own. A rolled-back
-- transaction releases the lock and its numbers are given again, so the chain has no gaps. Not
-- SECURITY DEFINER: the application's role may read the log and take an advisory lock, which is all
-- this needs; the function belongs to the owner, so the application cannot replace it.
create function logboek.verwerkingslog_keten() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    laatste record;
begin
    -- 'ONDRKLOG' as a number: one key for the whole log, distinct from any other advisory lock here.
    perform pg_advisory_xact_lock(5714032524378828615);
    select v.volgnummer, v.hash into laatste
      from logboek.verwerkingslog v order by v.volgnummer desc limit 1;
    new.volgnummer := coalesce(laatste.volgnummer, 0) + 1;
    new.vorige_hash := coalesce(laatste.hash, decode(repeat('00', 32), 'hex'));
    new.hash := logboek.verwerkingslog_hash(new.vorige_hash, new.volgnummer, new.id, new.tijdstip,
                                            new.verwerkingsactiviteit, new.doel, new.handeling, new.organisatie_code,
                                            new.gebruiker, new.betrokkene, new.trace_id);
    return new;
end $$;

create trigger verwerkingslog_keten before insert on logboek.verwerkingslog
    for each row execute function logboek.verwerkingslog_keten();
