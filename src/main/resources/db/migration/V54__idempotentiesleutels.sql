-- Retry safety of the API (ADR 0027): an optional Idempotency-Key header (IETF draft-ietf-httpapi-idempotency-key-header)
-- on POST, PUT, PATCH and DELETE under /api/. A client that retries after a network timeout, while the server had
-- committed the first attempt, got a second record (a second money claim, a second household). Now the second attempt
-- gets the first one's status and Location back and nothing runs again.
--
-- The row is inserted in the same transaction as the business write (platform.Idempotentiesleutels): both commit or
-- neither does, so there is never a write without its key nor a key without its write. While the first attempt runs,
-- the row is uncommitted and a concurrent repeat waits on the primary key (or is told the request is still running).
-- A failed attempt (4xx, 5xx) leaves no row, so the corrected retry runs.
create table platform.idempotentiesleutel (
    gebruiker   text not null,                      -- the authenticated user's name: a key is only that user's
    methode     text not null check (methode in ('POST', 'PUT', 'PATCH', 'DELETE')),
    pad         text not null check (length(pad) <= 2000),
    sleutel     text not null check (length(sleutel) between 1 and 255),
    -- SHA-256 of the query string and the request body, never the body itself: a body may hold a BSN. Tells a repeat
    -- (same hash) from another request under the same key (422).
    inhoud_hash bytea not null check (octet_length(inhoud_hash) = 32),
    -- The first answer's status and Location header; never its body (it may hold personal data). Set in the same
    -- transaction as the insert, so a committed row always has them.
    status      integer check (status between 200 and 299),
    locatie     text,
    aangemaakt  timestamptz not null,               -- application clock; the clean-up job removes rows after 24 hours
    primary key (gebruiker, methode, pad, sleutel)
);
comment on table platform.idempotentiesleutel is
    'Idempotency-Key per user, method and path with the hash of the request and the first answer''s status and Location, kept 24 hours.';
create index idempotentiesleutel_aangemaakt on platform.idempotentiesleutel (aangemaakt);
-- Grants: the default privileges of afterMigrate.sql give the application role select, insert, update and delete
-- on every new table of schema platform, as for platform.verstuurd_formulier (V49).
