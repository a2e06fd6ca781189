-- Issue 14: several application instances on one PostgreSQL (ADR 0017). What one instance kept in its
-- memory now lives here, so the next request may land on any instance behind the load balancer.
create schema if not exists sessie;
create schema if not exists platform;

-- Web sessions (Spring Session JDBC 4.1, its PostgreSQL schema). Flyway makes these tables, not Spring's
-- initializer (spring.session.jdbc.initialize-schema: never): the application's role owns nothing. Times
-- are milliseconds since 1970, as Spring Session writes them. Expired rows are deleted by Spring Session's
-- own clean-up on each instance (spring.session.jdbc.cleanup-cron); deleting twice is harmless.
create table sessie.spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on sessie.spring_session (session_id);
create index spring_session_ix2 on sessie.spring_session (expiry_time);
create index spring_session_ix3 on sessie.spring_session (principal_name);

create table sessie.spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references sessie.spring_session (primary_id) on delete cascade
);

-- Background tasks (platform.Achtergrondtaken): a spreadsheet import, a payment-run preview. The instance
-- that runs the work writes its progress here; any instance answers the progress page. The outcome is
-- JSON (an import's errors, the id of the run made); the work's input (the uploaded file) is not kept.
-- A task is deleted 24 hours after it started (platform.Achtergrondtaken.ruimOp, once across instances).
create table platform.achtergrondtaak (
    id         uuid primary key,
    soort      text not null,          -- 'locatie-import', 'betaalrun'
    eigenaar   text not null,          -- the user name of who started it: only they may see it
    toestand   text not null check (toestand in ('BEZIG', 'GELUKT', 'MISLUKT')),
    totaal     integer not null default 0 check (totaal >= 0),
    verwerkt   integer not null default 0 check (verwerkt >= 0),
    uitkomst   jsonb,                  -- set once GELUKT
    fout       text,                   -- the sentence shown once MISLUKT, never a stack trace
    melding    text not null,          -- what to show when the running instance disappears
    gestart    timestamptz not null,
    bijgewerkt timestamptz not null    -- the running instance touches this while it works
);
create index achtergrondtaak_eigenaar on platform.achtergrondtaak (eigenaar, soort, gestart desc);
create index achtergrondtaak_bezig on platform.achtergrondtaak (bijgewerkt) where toestand = 'BEZIG';

-- ShedLock's lock table (JdbcTemplateLockProvider): one row per scheduled job; the instance that holds
-- the row until lock_until runs the job, the others skip that round. Times come from the database's clock.
create table platform.shedlock (
    name       varchar(64) primary key,
    lock_until timestamp not null,
    locked_at  timestamp not null,
    locked_by  varchar(255) not null
);
