-- Issue 14 (ADR 0017 addendum): a double submit is recognised on every instance. The one-time form tokens
-- (platform.Formuliertokens) kept "this token was posted, and this is what the first post answered" in the
-- memory of one instance, so a second post of the same form that the load balancer sent to another instance
-- ran the handler again. The claim and the first answer now live here, where every instance sees them.
--
-- A post claims its (session, token) with an insert in its own short transaction before the handler runs;
-- the row's answer columns stay empty until the first post is done. A repeat that finds the row waits for
-- the answer and gives it back (the same redirect, the same page) instead of running the handler.
create table platform.verstuurd_formulier (
    -- SHA-256 of the session id, never the id itself: the id is the session cookie's secret, and whoever
    -- reads this table must not be able to take over a session with it.
    sessie       bytea not null check (octet_length(sessie) = 32),
    token        text not null check (length(token) <= 100),
    geclaimd     timestamptz not null,  -- when the first post started (application clock)
    status       integer,               -- the first answer's HTTP status; null while the first post runs
    locatie      text,                  -- its Location header (a redirect)
    content_type text,
    -- The page the first post answered, at most 512 kB, for a repeat within two minutes. It may hold personal
    -- data (a rendered form with what was typed), so it is kept as briefly as before in memory: a repeat treats
    -- it as gone after two minutes and the clean-up job empties it then (platform.Formuliertokens, BEWAARTIJD).
    inhoud       bytea,
    klaar        timestamptz,           -- when the first post finished
    primary key (sessie, token)
);
comment on table platform.verstuurd_formulier is
    'One-time form tokens posted per session (hashed) with the first answer, so a repeat on any instance is not processed again.';
-- The clean-up job: rows older than any session lives, and bodies older than two minutes.
create index verstuurd_formulier_geclaimd on platform.verstuurd_formulier (geclaimd);
create index verstuurd_formulier_inhoud on platform.verstuurd_formulier (klaar) where inhoud is not null;
