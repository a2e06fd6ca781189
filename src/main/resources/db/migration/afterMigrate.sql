-- Least privilege (ADR 0012). Flyway runs this after every migrate, as the owner of the schema.
-- The application's role (${applicatierol}) reads and writes the ordinary tables, may only read and
-- append to the processing log (verwerkingslog), and never touches Flyway's history. The default
-- privileges give the same grants to every table, sequence and function the owner creates later,
-- so new migrations need nothing extra; this file repeats the grants for what exists already
-- (databases of older versions). Without the role (an external database set up without it, see
-- docs/operations.md) nothing is granted and a warning is logged by the server.
do $$
declare
    rol text := '${applicatierol}';
    schema text;
begin
    if not exists (select from pg_roles where rolname = rol) then
        raise warning 'Role % does not exist: no privileges granted (docs/operations.md, Database roles)', rol;
        return;
    end if;
    if rol = current_user then
        raise warning 'Flyway runs as the application role %: it owns the schema (docs/operations.md, Database roles)', rol;
        return;
    end if;
    -- One schema per module (ADR 0015); public keeps only Flyway's history and shared functions.
    foreach schema in array array['public', 'gebieden', 'toegang', 'opgave', 'locaties', 'bewoners', 'plaatsing',
                                  'logboek', 'leefgeld', 'bekostiging', 'demo', 'werkvoorraad',
                                  -- Issue 14 (ADR 0017): web sessions; background tasks and ShedLock's locks.
                                  'sessie', 'platform',
                                  -- Issue 16: forecasts, published figures, reviews.
                                  'prognose',
                                  -- Issue 15: host families (private reception).
                                  'gastgezinnen',
                                  -- Issue 17: the 2024 distribution law.
                                  'spreiding'] loop
        if not exists (select from pg_namespace where nspname = schema) then
            continue;
        end if;
        execute format('grant usage on schema %I to %I', schema, rol);
        execute format('revoke create on schema %I from %I', schema, rol);
        execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I', schema, rol);
        execute format('alter default privileges in schema %I grant usage, select on sequences to %I', schema, rol);
        execute format('alter default privileges in schema %I grant execute on functions to %I', schema, rol);
        execute format('grant select, insert, update, delete on all tables in schema %I to %I', schema, rol);
        execute format('grant usage, select on all sequences in schema %I to %I', schema, rol);
    end loop;
    -- A published view (ADR 0015) is for reading only: PostgreSQL would let a role write through a simple view.
    for schema in select format('%I.%I', c.relnamespace::regnamespace::text, c.relname) from pg_class c
                   where c.relkind = 'v' and c.relnamespace::regnamespace::text in ('gebieden', 'toegang', 'opgave',
                         'locaties', 'bewoners', 'plaatsing', 'logboek', 'leefgeld', 'bekostiging', 'demo', 'prognose', 'gastgezinnen',
                         'spreiding') loop
        execute format('revoke all on %s from %I', schema, rol);
        execute format('grant select on %s to %I', schema, rol);
    end loop;
    -- On clusters older than PostgreSQL 15 every role may create objects in public; not ours.
    execute 'revoke create on schema public from public';
    -- No grant on existing functions: PostgreSQL lets PUBLIC execute functions by default, and the
    -- functions of extensions (btree_gist) belong to the superuser, so granting on them only warns.
    -- The processing log: read and append, nothing else (no update, delete, truncate, references, trigger).
    if to_regclass('logboek.verwerkingslog') is not null then
        execute format('revoke all on logboek.verwerkingslog from %I', rol);
        execute format('grant select, insert on logboek.verwerkingslog to %I', rol);
    end if;
    -- The head of the log's hash chain (V45, ADR 0026): read only. It is moved by logboek.leg and the chain's
    -- trigger, which run as the owner; an application that could write it could break the chain.
    if to_regclass('logboek.ketenkop') is not null then
        execute format('revoke all on logboek.ketenkop from %I', rol);
        execute format('grant select on logboek.ketenkop to %I', rol);
    end if;
    -- Appending to the log through logboek.leg (SECURITY DEFINER): the application's role only, not every
    -- role on the server (PostgreSQL lets PUBLIC execute a new function unless told otherwise).
    if to_regprocedure('logboek.leg(timestamptz[],text[],text[],text[],text[],text[],text[],text[])') is not null then
        revoke execute on function logboek.leg(timestamptz[], text[], text[], text[], text[], text[], text[], text[]) from public;
        execute format('grant execute on function logboek.leg(timestamptz[], text[], text[], text[], text[], text[], text[], text[]) to %I', rol);
    end if;
    execute format('revoke all on %I from %I', '${flyway:table}', rol);
end $$;
