-- Reference geography after CBS: provinces, safety regions, municipal layouts and key figures.
create table provincie (
    code varchar(4) primary key check (code ~ '^PV[0-9]{2}$'),
    naam text not null check (naam <> '')
);

create table veiligheidsregio (
    code           varchar(4) primary key check (code ~ '^VR[0-9]{2}$'),
    naam           text not null check (naam <> ''),
    provincie_code varchar(4) not null references provincie
);

-- A municipal layout (gemeentelijke indeling) as in force from a date; mergers change it.
create table indeling (
    datum       date primary key,
    bron        text not null,
    geladen_op  timestamptz not null default now(),
    geladen_door text not null
);

create table gemeente (
    indeling              date not null references indeling,
    code                  varchar(6) not null check (code ~ '^GM[0-9]{4}$'),
    naam                  text not null check (naam <> ''),
    veiligheidsregio_code varchar(4) not null references veiligheidsregio,
    provincie_code        varchar(4) not null references provincie,
    primary key (indeling, code)
);
create index gemeente_regio on gemeente (indeling, veiligheidsregio_code);

-- Inhabitants on 1 January of the reference year and land area, on the boundaries of the layout.
-- NULL means CBS publishes no figure on these boundaries: the UI says "onbekend", nothing is guessed.
create table gemeente_kerncijfer (
    indeling           date not null,
    gemeente_code      varchar(6) not null,
    peiljaar           int  not null check (peiljaar between 1900 and 2200),
    inwoners           int  check (inwoners >= 0),
    landoppervlakte_ha int  check (landoppervlakte_ha >= 0),
    bron               text not null,
    primary key (indeling, gemeente_code, peiljaar),
    foreign key (indeling, gemeente_code) references gemeente
);
