// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners.internal.importeren;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.onderdak.bewoners.Huishoudens;
import nl.onderdak.bewoners.Leeftijd;
import nl.onderdak.bewoners.LidInvoer;
import nl.onderdak.bewoners.Namen;
import nl.onderdak.bewoners.Relatie;
import nl.onderdak.bewoners.internal.BewonerRij;
import nl.onderdak.bewoners.internal.LidValidatie;
import nl.onderdak.bewoners.internal.TeVaakGeweigerd;
import nl.onderdak.logboek.Handeling;
import nl.onderdak.logboek.Logboek;
import nl.onderdak.platform.Achtergrondtaken;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import nl.onderdak.platform.Weergave;
import nl.onderdak.toegang.Gebruiker;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk intake: a gemeente registers its residents from a BRP extract (CSV or XLSX), all or nothing.
 *
 * <p>Two steps. {@link #controleer} reads and checks the whole file in the caller's request: every
 * error comes back at once with its row and column ({@link Afgewezen}, 400), nothing is written
 * except the processing-log record of the duplicate check and the daily count of refusals (as at the
 * intake, {@link Huishoudens#registreer}). {@link #schrijf} / {@link #start} then write everything in
 * one transaction: households, relations and addresses by PostgreSQL {@code COPY}, the residents by
 * {@code COPY} into a temporary table and one {@code insert … on conflict do nothing} per 10,000, so a
 * BSN registered by someone else in the meantime rolls the whole file back without a unique-violation
 * error (the number never reaches the database server's log); one processing-log record per resident
 * (ADR 0020), collected by {@link Logboek} and appended at commit in one set-based statement (ADR 0026).
 *
 * <p>Rules (docs/regels.md, "Bulk intake"): a household is the rows with the same value in the column
 * {@code huishouden}, or, where that column is empty, the rows at the same address (postcode, house
 * number, addition). A BSN already in Onderdak is refused without saying where; the ones at another
 * gemeente count against the user's daily limit of the intake, and beyond it the rows are not named.
 * The same file (SHA-256 of its bytes) is imported once per gemeente: sending it again answers the
 * earlier import and writes nothing.
 */
@Service
public class Bewonersimport {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Bewonersimport.class);

    /** More rows than this is not one gemeente's extract. */
    public static final int MAXIMUM_RIJEN = 200_000;
    /** At most this many errors are listed; a file with more is wrong throughout and gets one line more. */
    public static final int MAXIMUM_FOUTEN = 10_000;
    /** How many residents one {@code insert … select} and one processing-log call take. */
    static final int PORTIE = 10_000;
    /** The largest household the intake accepts. */
    static final int MAXIMUM_LEDEN = 30;
    private static final Achtergrondtaken.Soort<Uitkomst> SOORT = new Achtergrondtaken.Soort<>("bewoners-import",
            new tools.jackson.core.type.TypeReference<Uitkomst>() { });
    private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3}) ?([A-Za-z]{2})");

    /** The columns of a BRP extract, by heading (case, spaces and underscores do not matter); order is free. */
    public enum Kolom {
        BSN("bsn", true), VOORNAMEN("voornamen", true), VOORVOEGSEL("voorvoegsel", false),
        GESLACHTSNAAM("geslachtsnaam", true), GEBOORTEDATUM("geboortedatum", true), GESLACHT("geslacht", true),
        NATIONALITEIT("nationaliteit", true), STRAAT("straat", true), HUISNUMMER("huisnummer", true),
        HUISNUMMERTOEVOEGING("huisnummertoevoeging", false), POSTCODE("postcode", true), WOONPLAATS("woonplaats", true),
        HUISHOUDEN("huishouden", false);

        private final String kop;
        private final boolean verplicht;

        Kolom(String kop, boolean verplicht) {
            this.kop = kop;
            this.verplicht = verplicht;
        }

        public String kop() {
            return kop;
        }

        public boolean verplicht() {
            return verplicht;
        }
    }

    /** An error in the file: row as a spreadsheet shows it (0: the file as a whole), column letter and heading. */
    public record Fout(int rij, String kolom, String kolomnaam, String melding) implements Serializable {
    }

    /** The file is refused: every error, by row and column. Nothing of the residents was written. */
    public static final class Afgewezen extends OngeldigeInvoer {
        private final transient List<Fout> fouten;

        Afgewezen(List<Fout> fouten) {
            // The row number as the spreadsheet shows it ("rij 1234"), so as text: no thousands separator.
            super(fouten.stream().map(f -> new Veld(f.rij() == 0 ? "bestand"
                    : f.kolom().isEmpty() ? Berichten.tekst("bewonersimport.fout.rij", String.valueOf(f.rij()))
                    : Berichten.tekst("bewonersimport.fout.rijKolom", String.valueOf(f.rij()), f.kolom(), f.kolomnaam()),
                    f.melding())).toList());
            this.fouten = List.copyOf(fouten);
        }

        public List<Fout> fouten() {
            return fouten;
        }
    }

    /** What an import stored (or, with {@code eerder}, stored before: the same file sent again). */
    public record Uitkomst(UUID importId, int bewoners, int huishoudens, Instant geimporteerdOp, boolean eerder)
            implements Serializable {
    }

    /** Progress of an import as its owner sees it. */
    public enum Stand { BEZIG, GELUKT, MISLUKT }

    public record Status(UUID id, Stand stand, int totaal, int verwerkt, int procent, @Nullable Uitkomst uitkomst,
            @Nullable String melding) {
    }

    /** A checked file, ready to be written; or the earlier import of the same file. */
    public static final class Plan {
        private final String hash;
        private final List<Huishoudenplan> huishoudens;
        private final int bewoners;
        private final @Nullable Uitkomst eerder;

        private Plan(String hash, List<Huishoudenplan> huishoudens, int bewoners, @Nullable Uitkomst eerder) {
            this.hash = hash;
            this.huishoudens = huishoudens;
            this.bewoners = bewoners;
            this.eerder = eerder;
        }

        public Optional<Uitkomst> eerder() {
            return Optional.ofNullable(eerder);
        }

        public int bewoners() {
            return bewoners;
        }

        public int huishoudens() {
            return huishoudens.size();
        }
    }

    record Adres(String straat, int huisnummer, @Nullable String toevoeging, String postcode, String woonplaats) {
    }

    record Lidplan(int rij, LidValidatie.GeldigLid lid) {
    }

    record Huishoudenplan(Adres adres, List<Lidplan> leden) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transactie;
    private final Logboek logboek;
    private final Achtergrondtaken achtergrondtaken;
    private final Clock clock;

    Bewonersimport(JdbcClient jdbc, DataSource dataSource, TransactionTemplate transactie, Logboek logboek,
            Achtergrondtaken achtergrondtaken, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transactie = transactie;
        this.logboek = logboek;
        this.achtergrondtaken = achtergrondtaken;
        this.clock = clock;
    }

    /** Who may import: a gemeente employee, for their own gemeente (as for the intake). */
    public static boolean magImporteren(@Nullable Gebruiker gebruiker) {
        return Huishoudens.magHuishoudensZien(gebruiker);
    }

    // ---------------------------------------------------------------------------------------------
    // Step 1: read and check the whole file.

    /**
     * Reads and checks the file. Throws {@link Afgewezen} with every error, or {@link TeVaakGeweigerd}
     * when the user reached today's limit of refusals; a file imported before gives a plan with
     * {@link Plan#eerder()}.
     */
    public Plan controleer(byte[] inhoud, Gebruiker gebruiker) {
        var gemeente = gebruiker.eigenGemeente();
        long begin = System.nanoTime();
        var hash = sha256(inhoud);
        var eerder = eerdereImport(gemeente, hash);
        if (eerder.isPresent()) {
            return new Plan(hash, List.of(), eerder.get().bewoners(), eerder.get());
        }
        var vandaag = LocalDate.now(clock);
        var controle = new Rijcontrole(vandaag);
        try {
            Bestand.lees(inhoud, Kolom.GEBOORTEDATUM.kop(), controle);
        } catch (Bestand.Onleesbaar e) {
            throw new Afgewezen(List.of(new Fout(0, "", "", e.getMessage())));
        }
        if (controle.fouten == null) {
            throw new Afgewezen(List.of(new Fout(0, "", "", Berichten.tekst("bewonersimport.fout.leeg"))));
        }
        if (controle.rijen == 0) {
            throw new Afgewezen(List.of(new Fout(0, "", "", Berichten.tekst("bewonersimport.fout.geenBewoners"))));
        }
        var fouten = controle.fouten;
        var huishoudens = controle.huishoudens;
        for (var h : huishoudens.entrySet()) {
            var leden = h.getValue();
            var kolom = h.getKey().startsWith("huishouden:") ? Kolom.HUISHOUDEN : Kolom.POSTCODE;
            if (leden.size() > MAXIMUM_LEDEN) {
                fouten.voeg(leden.getFirst().rij(), kolom, Berichten.tekst("bewonersimport.fout.teveelLeden",
                        Weergave.in(Berichten.taal()).getal(leden.size()), Weergave.in(Berichten.taal()).getal(MAXIMUM_LEDEN)));
            }
            if (leden.stream().noneMatch(l -> Leeftijd.isMeerderjarigOp(l.lid().geboortedatum(), vandaag))) {
                fouten.voeg(leden.getFirst().rij(), kolom, Berichten.tekst("bewonersimport.fout.geenMeerderjarige"));
            }
        }
        var plan = new Plan(hash, huishoudens.entrySet().stream()
                .map(h -> new Huishoudenplan(controle.adressen.get(h.getKey()), List.copyOf(h.getValue()))).toList(),
                huishoudens.values().stream().mapToInt(List::size).sum(), null);
        var bsnOpRij = controle.bsnOpRij;
        long gelezen = System.nanoTime();
        controleerTegenDatabase(bsnOpRij, gemeente, gebruiker, fouten);
        // Counts and times only: no personal data in the log.
        log.info("Bewonersimport gecontroleerd: {} rijen, {} fouten; lezen en controleren {} ms, dubbelcontrole {} ms",
                controle.rijen, fouten.lijst().size(), (gelezen - begin) / 1_000_000, (System.nanoTime() - gelezen) / 1_000_000);
        if (!fouten.isEmpty()) {
            throw new Afgewezen(fouten.lijst());
        }
        return plan;
    }

    /**
     * Checks the rows as the file is read, in one pass: the columns at the headings, then per row the
     * person (the intake's rules), the address, the BSN against the rows before it and the household the
     * row belongs to. Keeps only what the write needs; the row's cells are dropped once checked.
     */
    private static final class Rijcontrole implements Bestand.Lezer {
        private final LocalDate vandaag;
        private @Nullable Map<Kolom, Integer> posities;
        private @Nullable Foutenlijst fouten;
        private int huishoudenKolom = -1;
        private int bsnKolom = -1;
        private int rijen;
        private final Map<String, List<Lidplan>> huishoudens = new LinkedHashMap<>();
        private final Map<String, Adres> adressen = new HashMap<>();
        private final Map<String, Integer> eersteRij = new HashMap<>();
        private final Map<String, Integer> bsnOpRij = new HashMap<>();

        Rijcontrole(LocalDate vandaag) {
            this.vandaag = vandaag;
        }

        @Override
        public void koppen(List<String> koppen) {
            var kolommen = kolommen(koppen);
            if (kolommen.fouten != null) {
                throw new Afgewezen(kolommen.fouten);
            }
            posities = kolommen.posities;
            fouten = new Foutenlijst(posities);
            huishoudenKolom = posities.getOrDefault(Kolom.HUISHOUDEN, -1);
            bsnKolom = posities.getOrDefault(Kolom.BSN, -1);
        }

        @Override
        public void rij(Bestand.Rij rij) {
            var posities = this.posities;
            var fouten = this.fouten;
            if (posities == null || fouten == null) {
                throw new IllegalStateException("rij voor de koppen");
            }
            if (++rijen > MAXIMUM_RIJEN) {
                throw new Afgewezen(List.of(new Fout(0, "", "", Berichten.tekst("bewonersimport.fout.teVeelRijen",
                        Weergave.in(Berichten.taal()).getal(MAXIMUM_RIJEN)))));
            }
            var lid = valideer(rij, posities, vandaag, fouten);
            var adres = adres(rij, posities, fouten);
            // Also for a row with other errors: every duplicate is named in one go. A valid person's BSN is read already.
            var bsn = lid != null ? lid.bsn() : nl.onderdak.bewoners.Bsn.lees(rij.cel(bsnKolom)).orElse(null);
            if (bsn != null) {
                var eerdereRij = bsnOpRij.putIfAbsent(bsn.waarde(), rij.nummer());
                if (eerdereRij != null) {
                    // Never the number itself: it must not end up in a log or an error report.
                    fouten.voeg(rij.nummer(), Kolom.BSN, Berichten.tekst("bewonersimport.fout.bsnOokOpRij", String.valueOf(eerdereRij)));
                    lid = null;
                }
            }
            if (adres == null) {
                return;
            }
            var huishouden = rij.cel(huishoudenKolom);
            var sleutel = huishouden != null ? "huishouden:" + huishouden
                    : "adres:" + adres.postcode() + "|" + adres.huisnummer() + "|"
                            + (adres.toevoeging() == null ? "" : adres.toevoeging().toUpperCase(Locale.ROOT));
            var eerste = adressen.putIfAbsent(sleutel, adres);
            eersteRij.putIfAbsent(sleutel, rij.nummer());
            if (eerste != null && !zelfdeAdres(eerste, adres)) {
                fouten.voeg(rij.nummer(), Kolom.POSTCODE, Berichten.tekst("bewonersimport.fout.anderAdres",
                        String.valueOf(eersteRij.get(sleutel))));
            }
            if (lid != null) {
                huishoudens.computeIfAbsent(sleutel, k -> new ArrayList<>(4)).add(new Lidplan(rij.nummer(), lid));
            }
        }
    }

    private record Kolommen(Map<Kolom, Integer> posities, @Nullable List<Fout> fouten) {
    }

    /** Finds each column by its heading; names every required one that is missing or doubled. */
    private static Kolommen kolommen(List<String> koppen) {
        var posities = new EnumMap<Kolom, Integer>(Kolom.class);
        var fouten = new ArrayList<Fout>();
        for (var kolom : Kolom.values()) {
            int positie = koppen.indexOf(kolom.kop());
            if (positie >= 0 && koppen.lastIndexOf(kolom.kop()) != positie) {
                fouten.add(new Fout(1, letter(koppen.lastIndexOf(kolom.kop())), kolom.kop(),
                        Berichten.tekst("bewonersimport.fout.kolomTweeKeer", kolom.kop())));
            }
            if (positie >= 0) {
                posities.put(kolom, positie);
            } else if (kolom.verplicht()) {
                fouten.add(new Fout(1, "", kolom.kop(), Berichten.tekst("bewonersimport.fout.kolomOntbreekt", kolom.kop(),
                        String.join(", ", Arrays.stream(Kolom.values()).filter(Kolom::verplicht).map(Kolom::kop).toList()))));
            }
        }
        return new Kolommen(posities, fouten.isEmpty() ? null : fouten);
    }

    /** The errors of the file, at most {@link #MAXIMUM_FOUTEN}, with the letter of each column as it is in the file. */
    private static final class Foutenlijst {
        private final Map<Kolom, Integer> posities;
        private final List<Fout> fouten = new ArrayList<>();
        private int weggelaten;

        Foutenlijst(Map<Kolom, Integer> posities) {
            this.posities = posities;
        }

        void voeg(int rij, @Nullable Kolom kolom, String melding) {
            if (fouten.size() >= MAXIMUM_FOUTEN) {
                weggelaten++;
                return;
            }
            fouten.add(kolom == null ? new Fout(rij, "", "", melding)
                    : new Fout(rij, letter(posities.getOrDefault(kolom, -1)), kolom.kop(), melding));
        }

        boolean isEmpty() {
            return fouten.isEmpty();
        }

        List<Fout> lijst() {
            if (weggelaten == 0) {
                return fouten;
            }
            var alle = new ArrayList<>(fouten);
            alle.add(new Fout(0, "", "", Berichten.tekst("bewonersimport.fout.meerFouten",
                    Weergave.in(Berichten.taal()).getal(weggelaten))));
            return alle;
        }
    }

    private static @Nullable String cel(Bestand.Rij rij, Map<Kolom, Integer> posities, Kolom kolom) {
        return rij.cel(posities.getOrDefault(kolom, -1));
    }

    /** One person with the intake's rules ({@link LidValidatie}): BSN with the elfproef, names, date of birth. */
    private static LidValidatie.@Nullable GeldigLid valideer(Bestand.Rij rij, Map<Kolom, Integer> posities, LocalDate vandaag,
            Foutenlijst fouten) {
        boolean goed = true;
        var geslacht = geslacht(cel(rij, posities, Kolom.GESLACHT));
        if (geslacht == null) {
            fouten.voeg(rij.nummer(), Kolom.GESLACHT, Berichten.tekst("bewonersimport.fout.geslacht"));
            goed = false;
        }
        var nationaliteit = nationaliteit(cel(rij, posities, Kolom.NATIONALITEIT));
        if (nationaliteit == null) {
            fouten.voeg(rij.nummer(), Kolom.NATIONALITEIT, Berichten.tekst("bewonersimport.fout.nationaliteit"));
            goed = false;
        }
        var geslachtsnaam = cel(rij, posities, Kolom.GESLACHTSNAAM);
        var voorvoegsel = cel(rij, posities, Kolom.VOORVOEGSEL);
        var achternaam = geslachtsnaam == null || voorvoegsel == null ? geslachtsnaam : voorvoegsel + " " + geslachtsnaam;
        var invoer = new LidInvoer(cel(rij, posities, Kolom.VOORNAMEN), achternaam, null, null,
                cel(rij, posities, Kolom.GEBOORTEDATUM), geslacht == null ? "onbekend" : geslacht,
                nationaliteit == null ? "overig" : nationaliteit, null, cel(rij, posities, Kolom.BSN), "ingeschreven",
                null, null, null, null, null, false, false, false, null);
        var veldfouten = new ArrayList<Veld>();
        var lid = LidValidatie.valideer(invoer, "", vandaag, veldfouten);
        for (var v : veldfouten) {
            var kolom = switch (v.name()) {
                case "voornaam" -> Kolom.VOORNAMEN;
                case "achternaam" -> Kolom.GESLACHTSNAAM;
                case "geboortedatum" -> Kolom.GEBOORTEDATUM;
                case "bsn" -> Kolom.BSN;
                default -> null;
            };
            // The intake's "missing" messages name the form's fields; the file's columns have other names.
            // Compared with the intake's text in the same language, so this works in English too.
            var melding = switch (v.name()) {
                case "voornaam" -> vervang(v, "bewoner.fout.voornaam", "bewonersimport.fout.voornamen");
                case "achternaam" -> vervang(v, "bewoner.fout.achternaam", "bewonersimport.fout.geslachtsnaam");
                case "bsn" -> vervang(v, "bewoner.fout.ingeschrevenZonderBsn", "bewonersimport.fout.bsn");
                default -> v.reason();
            };
            fouten.voeg(rij.nummer(), kolom, melding);
        }
        return goed ? lid : null;
    }

    /** The message of {@code sleutel} in the file's own words, any other message of the field as it is. */
    private static String vervang(Veld v, String intake, String sleutel) {
        return v.reason().equals(Berichten.tekst(intake)) ? Berichten.tekst(sleutel) : v.reason();
    }

    /** M, V, X, O as the BRP writes them, or the words. */
    static @Nullable String geslacht(@Nullable String tekst) {
        if (tekst == null) {
            return null;
        }
        return switch (tekst.strip().toLowerCase(Locale.ROOT)) {
            case "m", "man" -> "man";
            case "v", "vrouw" -> "vrouw";
            case "x", "anders" -> "anders";
            case "o", "onbekend" -> "onbekend";
            default -> null;
        };
    }

    /** The nationality as text of the extract, or one of the intake's categories. */
    static @Nullable String nationaliteit(@Nullable String tekst) {
        if (tekst == null) {
            return null;
        }
        var t = tekst.strip().toLowerCase(Locale.ROOT).replace("ï", "i");
        return switch (t) {
            case "oekraiense", "oekraiens", "ukr", "ua", "ukrainian", "ukraine", "oekraine" -> "oekraiens";
            case "derdelander", "gezinslid", "overig" -> t;
            default -> null;
        };
    }

    private static @Nullable Adres adres(Bestand.Rij rij, Map<Kolom, Integer> posities, Foutenlijst fouten) {
        var veldfouten = new ArrayList<Veld>();
        var straat = Invoer.verplicht(cel(rij, posities, Kolom.STRAAT), "straat", Berichten.tekst("bewonersimport.fout.straat"), 200, veldfouten);
        var huisnummer = Invoer.geheelGetal(cel(rij, posities, Kolom.HUISNUMMER), "huisnummer", 1, 99_999, true, veldfouten);
        var toevoeging = Invoer.tekst(cel(rij, posities, Kolom.HUISNUMMERTOEVOEGING), "huisnummertoevoeging", 10, veldfouten);
        var woonplaats = Invoer.verplicht(cel(rij, posities, Kolom.WOONPLAATS), "woonplaats", Berichten.tekst("bewonersimport.fout.woonplaats"), 80,
                veldfouten);
        var huishouden = Invoer.tekst(cel(rij, posities, Kolom.HUISHOUDEN), "huishouden", 50, veldfouten);
        var postcodeTekst = cel(rij, posities, Kolom.POSTCODE);
        String postcode = null;
        if (postcodeTekst == null) {
            veldfouten.add(new Veld("postcode", Berichten.tekst("bewonersimport.fout.postcodeLeeg")));
        } else {
            var m = POSTCODE.matcher(postcodeTekst.strip());
            if (m.matches()) {
                postcode = m.group(1) + " " + m.group(2).toUpperCase(Locale.ROOT);
            } else {
                veldfouten.add(new Veld("postcode", Berichten.tekst("bewonersimport.fout.postcode")));
            }
        }
        for (var v : veldfouten) {
            fouten.voeg(rij.nummer(), Arrays.stream(Kolom.values()).filter(k -> k.kop().equals(v.name())).findFirst().orElse(null),
                    v.reason());
        }
        if (!veldfouten.isEmpty() || huishouden != null && huishouden.length() > 50) {
            return null;
        }
        return new Adres(straat, huisnummer, toevoeging, postcode, woonplaats);
    }

    private static boolean zelfdeAdres(Adres a, Adres b) {
        return a.postcode().equals(b.postcode()) && a.huisnummer() == b.huisnummer()
                && (a.toevoeging() == null ? "" : a.toevoeging()).equalsIgnoreCase(b.toevoeging() == null ? "" : b.toevoeging());
    }

    /**
     * BSNs of the file already in Onderdak (not merged away). Refused without saying where: the same
     * sentence for the user's own gemeente and for another. Like the intake, first the daily limit,
     * then the lookup, logged as a duplicate check for every person found; those at another gemeente
     * count against the limit, and beyond what is left of it they are counted but not named, so a
     * file cannot be used to find out which numbers are in Onderdak.
     */
    private void controleerTegenDatabase(Map<String, Integer> bsnOpRij, String gemeente, Gebruiker gebruiker,
            Foutenlijst fouten) {
        if (bsnOpRij.isEmpty()) {
            return;
        }
        var geweigerd = transactie.execute(status -> {
            var vandaag = LocalDate.now(clock);
            int eerder = jdbc.sql("select coalesce(max(aantal), 0) from bewoners.dubbele_inschrijving_weigering where gebruiker = ? and dag = ?")
                    .params(gebruiker.gebruikersnaam(), vandaag).query(Integer.class).single();
            if (eerder >= Huishoudens.WEIGERINGEN_PER_DAG) {
                return -1;
            }
            var relaties = Arrays.stream(Relatie.values()).filter(Relatie::geeftInzage).map(Relatie::code).toArray(String[]::new);
            record Bestaand(UUID id, String bsn, boolean eigen) {
            }
            var bestaand = jdbc.sql("""
                    select b.id, b.bsn, exists (select 1 from bewoners.huishouden_gemeente hg
                                                 where hg.huishouden_id = b.huishouden_id and hg.gemeente_code = ?
                                                   and hg.relatie = any(?)) as eigen
                      from bewoners.bewoner b where b.bsn = any(cast(? as char(9)[])) and b.samengevoegd_in is null""")
                    .params(gemeente, relaties, bsnOpRij.keySet().toArray(String[]::new))
                    .query((rs, i) -> new Bestaand(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3))).list();
            if (bestaand.isEmpty()) {
                return 0;
            }
            logboek.leg(Handeling.ZOEKEN, BewonerRij.ACTIVITEIT, BewonerRij.DOEL_DUBBEL, bestaand.stream().map(Bestaand::id).toList(),
                    gebruiker);
            int ruimte = Huishoudens.WEIGERINGEN_PER_DAG - eerder;
            int elders = 0;
            int nietGenoemd = 0;
            var rijen = new ArrayList<Integer>();
            for (var b : bestaand) {
                if (!b.eigen() && ++elders > ruimte) {
                    nietGenoemd++;
                } else {
                    rijen.add(bsnOpRij.get(b.bsn()));
                }
            }
            rijen.sort(null);
            for (var rij : rijen) {
                fouten.voeg(rij, Kolom.BSN, Berichten.tekst("bewonersimport.fout.bsnBestaat"));
            }
            if (nietGenoemd > 0) {
                fouten.voeg(0, null, Berichten.tekst("bewonersimport.fout.nietGenoemd", nietGenoemd));
            }
            if (elders > 0) {
                jdbc.sql("""
                        insert into bewoners.dubbele_inschrijving_weigering (gebruiker, dag, aantal) values (?, ?, ?)
                        on conflict (gebruiker, dag) do update set aantal = dubbele_inschrijving_weigering.aantal + excluded.aantal""")
                        .params(gebruiker.gebruikersnaam(), vandaag, elders).update();
            }
            return elders;
        });
        if (geweigerd != null && geweigerd < 0) {
            throw new TeVaakGeweigerd(Berichten.tekst("bewonersimport.fout.teVaak",
                    Weergave.in(Berichten.taal()).getal(Huishoudens.WEIGERINGEN_PER_DAG)));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Step 2: write everything in one transaction.

    /** Writes a checked file in the caller's thread (the API for small files); the earlier import when sent before. */
    public Uitkomst schrijf(Plan plan, Gebruiker gebruiker) {
        if (plan.eerder != null) {
            return plan.eerder;
        }
        var taal = Berichten.taal();
        var mislukt = Berichten.in(taal, "bewonersimport.fout.mislukt");
        var taak = achtergrondtaken.<Uitkomst>voerNuUit(SOORT, gebruiker.gebruikersnaam(), mislukt, v -> schrijf(plan, gebruiker, taal, v));
        if (taak.toestand() != Achtergrondtaken.Toestand.GELUKT) {
            throw new Conflict("import-mislukt", taak.fout() == null ? mislukt : taak.fout());
        }
        return taak.uitkomst();
    }

    /**
     * Starts writing a checked file in the background; its progress under the returned id. The
     * background thread has no request, so the language of the starting request is taken along: the
     * task's message is read by the same user who started it.
     */
    public Achtergrondtaken.TaakId start(Plan plan, Gebruiker gebruiker) {
        var taal = Berichten.taal();
        var taak = achtergrondtaken.<Uitkomst>start(SOORT, gebruiker.gebruikersnaam(), Berichten.in(taal, "bewonersimport.fout.mislukt"),
                v -> schrijf(plan, gebruiker, taal, v));
        return taak.id();
    }

    /**
     * The import's state for its owner: while running, or within the hour the task is kept, from the
     * background task; after that from the stored import, for any employee of the same gemeente.
     */
    public Optional<Status> status(UUID id, Gebruiker gebruiker) {
        var gemeente = gebruiker.eigenGemeente();
        var taak = achtergrondtaken.<Uitkomst>vind(new Achtergrondtaken.TaakId(id), SOORT, gebruiker.gebruikersnaam());
        if (taak.isPresent()) {
            var t = taak.get();
            var stand = switch (t.toestand()) {
                case BEZIG -> Stand.BEZIG;
                case GELUKT -> Stand.GELUKT;
                case MISLUKT -> Stand.MISLUKT;
            };
            return Optional.of(new Status(id, stand, t.totaal(), stand == Stand.MISLUKT ? 0 : t.verwerkt(),
                    stand == Stand.MISLUKT ? 0 : t.procent(), t.uitkomst(), t.fout()));
        }
        return jdbc.sql("""
                select id, aantal_bewoners, aantal_huishoudens, geimporteerd_op from bewoners.bewonersimport
                 where id = ? and gemeente_code = ?""")
                .params(id, gemeente)
                .query((rs, i) -> new Uitkomst(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant(), false))
                .optional()
                .map(u -> new Status(id, Stand.GELUKT, u.bewoners(), u.bewoners(), 100, u, null));
    }

    private Uitkomst schrijf(Plan plan, Gebruiker gebruiker, Locale taal, Achtergrondtaken.Voortgang voortgang) {
        var gemeente = gebruiker.eigenGemeente();
        var door = gebruiker.gebruikersnaam();
        var importId = voortgang.id().waarde();
        voortgang.totaal(plan.bewoners);
        var nu = clock.instant();
        var vandaag = LocalDate.now(clock);
        long[] geschreven = new long[1];
        var uitkomst = transactie.execute(status -> {
            int nieuw = jdbc.sql("""
                    insert into bewoners.bewonersimport (id, gemeente_code, inhoud_sha256, aantal_bewoners, aantal_huishoudens,
                        geimporteerd_op, geimporteerd_door)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict (gemeente_code, inhoud_sha256) do nothing""")
                    .params(importId, gemeente, plan.hash, plan.bewoners, plan.huishoudens.size(), Timestamp.from(nu), door)
                    .update();
            if (nieuw == 0) {
                // The same file, imported a moment ago by someone else of the gemeente (or a double submit).
                return eerdereImport(gemeente, plan.hash).orElseThrow();
            }
            var verbinding = DataSourceUtils.getConnection(dataSource);
            try {
                var u = schrijf(plan, gebruiker, taal, voortgang, verbinding.unwrap(PGConnection.class).getCopyAPI(), importId, nu,
                        vandaag);
                geschreven[0] = System.nanoTime();
                return u;
            } catch (SQLException e) {
                throw new IllegalStateException("COPY mislukt (SQL-status " + e.getSQLState() + ")");
            } finally {
                DataSourceUtils.releaseConnection(verbinding, dataSource);
            }
        });
        if (geschreven[0] != 0) {
            // The commit includes the processing-log records, written then in one statement (Logboek, ADR 0026).
            log.info("Bewonersimport {}: verwerkingslog en commit {} ms", importId, (System.nanoTime() - geschreven[0]) / 1_000_000);
        }
        return uitkomst;
    }

    private static final String BEWONERKOLOMMEN = "id, huishouden_id, voornaam, achternaam, naamsleutel, geboortedatum, geslacht,"
            + " nationaliteit_categorie, brp_status, bsn, brp_datum, ind_status, aangemaakt_op";

    /**
     * The write itself, inside the transaction, on its connection. Households with their relation and
     * address go straight into their tables by {@code COPY} (new random ids cannot collide). All
     * residents go by one {@code COPY} into a temporary table, numbered in file order; from there one
     * {@code insert … select … on conflict do nothing} per {@link #PORTIE} moves them into
     * {@code bewoners.bewoner}, each portion followed by its processing-log records and the progress. The
     * records are collected by {@link Logboek} and written just before the commit, all in one statement
     * that chains them as a set (ADR 0026): the log's chain is locked for that statement and the commit,
     * not for the whole import, so other users' logging does not wait for the import. A BSN registered by someone else since the check is skipped by the insert (no
     * unique-violation error with the number in the server's log) and rolls the whole file back.
     */
    private Uitkomst schrijf(Plan plan, Gebruiker gebruiker, Locale taal, Achtergrondtaken.Voortgang voortgang, CopyManager kopie,
            UUID importId, Instant nu, LocalDate vandaag) throws SQLException {
        var gemeente = gebruiker.eigenGemeente();
        var door = gebruiker.gebruikersnaam();
        var op = nu.toString();
        long begin = System.nanoTime();
        var ids = new UUID[plan.huishoudens.size()];
        try (var huishoudens = new Kopie(kopie, "bewoners.huishouden (id, gemeente_code, aangemaakt_op, aangemaakt_door)")) {
            for (int i = 0; i < ids.length; i++) {
                ids[i] = UUID.randomUUID();
                huishoudens.regel(ids[i], gemeente, op, door);
            }
            huishoudens.klaar();
        }
        try (var relaties = new Kopie(kopie, "bewoners.huishouden_gemeente (huishouden_id, gemeente_code, relatie)")) {
            for (var id : ids) {
                relaties.regel(id, gemeente, Relatie.REGISTREREND.code());
            }
            relaties.klaar();
        }
        try (var adressen = new Kopie(kopie,
                "bewoners.brp_adres (huishouden_id, straat, huisnummer, toevoeging, postcode, woonplaats, import_id)")) {
            for (int i = 0; i < ids.length; i++) {
                var a = plan.huishoudens.get(i).adres();
                adressen.regel(ids[i], a.straat(), a.huisnummer(), a.toevoeging(), a.postcode(), a.woonplaats(), importId);
            }
            adressen.klaar();
        }
        long huishoudensKlaar = System.nanoTime();

        jdbc.sql("create temporary table if not exists bewoner_import (nr integer not null, like bewoners.bewoner including defaults)"
                + " on commit drop").update();
        // The ids in file order, for the processing log of each portion.
        var leden = new UUID[plan.bewoners];
        // The name key of the intake, once per distinct name: relatives share names.
        var sleutels = new HashMap<String, String>();
        try (var bewoners = new Kopie(kopie, "pg_temp.bewoner_import (nr, " + BEWONERKOLOMMEN + ")")) {
            int nr = 0;
            for (int i = 0; i < ids.length; i++) {
                for (var l : plan.huishoudens.get(i).leden()) {
                    var lid = l.lid();
                    var id = UUID.randomUUID();
                    leden[nr] = id;
                    bewoners.regel(nr, id, ids[i], lid.voornaam(), lid.achternaam(),
                            sleutels.computeIfAbsent(lid.voornaam() + " " + lid.achternaam(), Namen::sleutel),
                            lid.geboortedatum(), lid.geslacht(), lid.nationaliteit(), lid.brpStatus(), lid.bsn().waarde(),
                            lid.brpDatum() == null ? vandaag : lid.brpDatum(), lid.indStatus(), op);
                    nr++;
                }
            }
            bewoners.klaar();
        }
        long gekopieerd = System.nanoTime();
        long invoegen = 0;
        long loggen = 0;
        for (int van = 0; van < leden.length; van += PORTIE) {
            int tot = Math.min(van + PORTIE, leden.length);
            long t0 = System.nanoTime();
            int toegevoegd = jdbc.sql("insert into bewoners.bewoner (" + BEWONERKOLOMMEN + ") select " + BEWONERKOLOMMEN
                    + " from pg_temp.bewoner_import where nr >= ? and nr < ? on conflict do nothing").params(van, tot).update();
            if (toegevoegd != tot - van) {
                throw new Conflict("bsn-bestaat", Berichten.in(taal, "bewonersimport.fout.bsnZojuist"));
            }
            long t1 = System.nanoTime();
            logboek.leg(Handeling.AANMAKEN, BewonerRij.ACTIVITEIT, BewonerRij.DOEL_REGISTRATIE, Arrays.asList(leden).subList(van, tot),
                    gebruiker);
            invoegen += t1 - t0;
            loggen += System.nanoTime() - t1;
            voortgang.verwerkt(tot);
        }
        // Times and counts only: no personal data in the log.
        log.info("Bewonersimport {}: {} huishoudens in {} ms; {} bewoners: COPY {} ms, insert {} ms, logboek verzamelen {} ms",
                importId, ids.length, (huishoudensKlaar - begin) / 1_000_000, leden.length,
                (gekopieerd - huishoudensKlaar) / 1_000_000, invoegen / 1_000_000, loggen / 1_000_000);
        return new Uitkomst(importId, plan.bewoners, ids.length, nu, false);
    }

    /**
     * One {@code COPY … from stdin (format csv)} fed as the rows are made, in pieces of about 64 kB, so
     * the rows never stand in memory as one large text. Closed without {@link #klaar()} (an error), the
     * copy is cancelled and the connection stays usable for the rollback.
     */
    private static final class Kopie implements AutoCloseable {
        private static final int STUK = 1 << 16;
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(STUK + 1024);

        Kopie(CopyManager kopie, String tabel) throws SQLException {
            this.copy = kopie.copyIn("copy " + tabel + " from stdin (format csv)");
        }

        void regel(@Nullable Object... waarden) throws SQLException {
            Bewonersimport.regel(buffer, waarden);
            if (buffer.length() >= STUK) {
                spoel();
            }
        }

        private void spoel() throws SQLException {
            if (!buffer.isEmpty()) {
                var bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                buffer.setLength(0);
            }
        }

        void klaar() throws SQLException {
            spoel();
            copy.endCopy();
        }

        @Override
        public void close() throws SQLException {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** One CSV line for COPY: null is an empty field, text is always quoted (so an empty text stays empty, not null). */
    private static void regel(StringBuilder b, @Nullable Object... waarden) {
        for (int i = 0; i < waarden.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            var w = waarden[i];
            if (w == null) {
                continue;
            }
            var s = w.toString();
            b.append('"');
            for (int c = 0; c < s.length(); c++) {
                char ch = s.charAt(c);
                if (ch == '"') {
                    b.append('"');
                }
                b.append(ch);
            }
            b.append('"');
        }
        b.append('\n');
    }

    private Optional<Uitkomst> eerdereImport(String gemeente, String hash) {
        return jdbc.sql("""
                select id, aantal_bewoners, aantal_huishoudens, geimporteerd_op from bewoners.bewonersimport
                 where gemeente_code = ? and inhoud_sha256 = ?""")
                .params(gemeente, hash)
                .query((rs, i) -> new Uitkomst(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant(), true))
                .optional();
    }

    static String letter(int index) {
        if (index < 0) {
            return "";
        }
        var b = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            b.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return b.toString();
    }

    static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
