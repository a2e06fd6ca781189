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
begin
    if not exists (select from pg_roles where rolname = rol) then
        raise warning 'Role % does not exist: no privileges granted (docs/operations.md, Database roles)', rol;
        return;
    end if;
    if rol = current_user then
        raise warning 'Flyway runs as the application role %: it owns the schema (docs/operations.md, Database roles)', rol;
        return;
    end if;
    execute format('grant usage on schema public to %I', rol);
    execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I', rol);
    execute format('alter default privileges in schema public grant usage, select on sequences to %I', rol);
    execute format('alter default privileges in schema public grant execute on functions to %I', rol);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', rol);
    execute format('grant usage, select on all sequences in schema public to %I', rol);
    -- No grant on existing functions: PostgreSQL lets PUBLIC execute functions by default, and the
    -- functions of extensions (btree_gist) belong to the superuser, so granting on them only warns.
    -- The processing log: read and append, nothing else (no update, delete, truncate, references, trigger).
    execute format('revoke all on verwerkingslog from %I', rol);
    execute format('grant select, insert on verwerkingslog to %I', rol);
    execute format('revoke all on %I from %I', '${flyway:table}', rol);
end $$;
