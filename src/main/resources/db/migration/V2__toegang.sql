-- Organisations and their users. Every user belongs to exactly one organisation.
create table organisatie (
    code                  varchar(20) primary key,
    naam                  text not null,
    soort                 varchar(20) not null check (soort in ('GEMEENTE', 'VEILIGHEIDSREGIO', 'LANDELIJK', 'MATCHING')),
    gemeente_code         varchar(6) check (gemeente_code ~ '^GM[0-9]{4}$'),
    veiligheidsregio_code varchar(4) references veiligheidsregio,
    check ((soort = 'GEMEENTE') = (gemeente_code is not null)),
    check ((soort = 'VEILIGHEIDSREGIO') = (veiligheidsregio_code is not null))
);

-- Local accounts: only the demo profile creates them; production logs in through OIDC.
create table gebruiker (
    gebruikersnaam   varchar(64) primary key check (gebruikersnaam ~ '^[a-z0-9][a-z0-9._-]*$'),
    weergavenaam     text not null,
    wachtwoord_hash  text not null,
    organisatie_code varchar(20) not null references organisatie,
    rollen           text[] not null check (cardinality(rollen) > 0),
    actief           boolean not null default true
);
