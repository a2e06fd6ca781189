-- Failed logins of local accounts (demo profile), to throttle guessing per account and per address.
-- In the database rather than in memory so that every application instance sees the same count.
-- Account name and address are stored only as SHA-256 hashes (a password typed into the name field
-- is not kept readable) and rows are deleted once they fall outside the window (minutes).
create table mislukte_inlog (
    id       bigint generated always as identity primary key,
    soort    text        not null check (soort in ('account', 'adres')),
    sleutel  text        not null check (length(sleutel) = 64),
    tijdstip timestamptz not null
);

create index mislukte_inlog_per_sleutel on mislukte_inlog (soort, sleutel, tijdstip);
create index mislukte_inlog_per_tijdstip on mislukte_inlog (tijdstip);
