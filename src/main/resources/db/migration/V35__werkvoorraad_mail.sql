-- Werkvoorraad (issue 13): who asked for an e-mail when new work arrives, and which items were
-- already announced to them, so an item is mailed once.
create schema if not exists werkvoorraad;

-- One row per user who asked for the e-mail. The job runs without a logged-in user, so it keeps the
-- user's organisation and roles as they were at the user's last visit (snapshot), and asks every
-- module's Werkbron what waits for that user. A user who logs in with other roles updates it.
create table werkvoorraad.abonnement (
    gebruikersnaam   text primary key,
    weergavenaam     text not null,
    organisatie_code text not null,
    rollen           text not null,          -- role names separated by commas
    emailadres       text not null check (length(emailadres) between 3 and 254),
    taal             text not null default 'nl' check (taal in ('nl', 'en')),
    aangemeld_op     timestamptz not null,
    bijgewerkt_op    timestamptz not null
);

-- The items already announced (or present when the user subscribed): a key made of kind, link and
-- since, never the description (which may change with the language and holds names).
create table werkvoorraad.gemeld_werk (
    gebruikersnaam text not null references werkvoorraad.abonnement (gebruikersnaam) on delete cascade,
    sleutel        text not null,
    gemeld_op      timestamptz not null,
    primary key (gebruikersnaam, sleutel)
);
