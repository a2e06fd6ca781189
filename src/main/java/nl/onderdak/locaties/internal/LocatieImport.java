// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.onderdak.gebieden.GemeenteCode;
import nl.onderdak.locaties.NieuweLocatie;
import nl.onderdak.locaties.Opvanglocaties;
import nl.onderdak.locaties.Soort;
import nl.onderdak.locaties.Status;
import nl.onderdak.platform.Achtergrondtaken;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Xlsx;
import nl.onderdak.toegang.Gebruiker;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Import of a gemeente's locations from the XLSX template. Every row is checked with the same rules
 * as the form; all errors come back with row and column; nothing is stored unless every row is
 * valid, and all rows are stored in one transaction. The same file (by content hash) is never
 * imported twice for a gemeente: the database refuses a second record of it.
 *
 * <p>An import runs as a {@link Achtergrondtaken background task} so the page can show its progress;
 * its progress and outcome are kept by {@link Achtergrondtaken} in the database, readable from any instance.
 */
@Service
public class LocatieImport {

    /** More rows than this is not a gemeente's list of locations. */
    public static final int MAXIMUM_RIJEN = 5_000;

    /** The template's columns, in order: heading and the field of {@link LocatieInvoer} it fills. */
    public static final List<String> KOLOMMEN = List.of("naam", "soort", "postcode", "huisnummer", "toevoeging", "plaats",
            "exploitant", "beschikbaar_vanaf", "beschikbaar_tot", "status", "faciliteiten", "bedden_lang_verblijf",
            "bedden_kort_verblijf");
    private static final Map<String, String> VELD_NAAR_KOLOM = Map.ofEntries(Map.entry("naam", "naam"),
            Map.entry("soort", "soort"), Map.entry("adres.postcode", "postcode"), Map.entry("adres.huisnummer", "huisnummer"),
            Map.entry("adres.huisnummertoevoeging", "toevoeging"), Map.entry("adres.plaats", "plaats"),
            Map.entry("exploitant", "exploitant"), Map.entry("beschikbaarVanaf", "beschikbaar_vanaf"),
            Map.entry("beschikbaarTot", "beschikbaar_tot"), Map.entry("status", "status"),
            Map.entry("faciliteiten", "faciliteiten"), Map.entry("bedden", "bedden_lang_verblijf"),
            Map.entry("beddenKortVerblijf", "bedden_kort_verblijf"));

    /** An error in the file: row number as the spreadsheet shows it (0 for the file as a whole), column letter and heading. */
    public record Fout(int rij, String kolom, String kolomnaam, String melding) {
    }

    public enum Stand { BEZIG, GELUKT, AFGEWEZEN }

    /** What "locatie-import" tasks are called in {@link Achtergrondtaken} and its log. */
    private static final Achtergrondtaken.Soort<List<Fout>> SOORT = new Achtergrondtaken.Soort<>("locatie-import",
            new tools.jackson.core.type.TypeReference<List<Fout>>() { });
    /** The message key shown when Onderdak itself failed during an import. */
    private static final String MISLUKT = "import.rij.mislukt";

    /**
     * Progress and outcome of one import, readable while it runs: a view of its background task. A
     * file that is refused is a finished task whose outcome lists the errors; a failure of Onderdak
     * itself is a failed task (logged by {@link Achtergrondtaken}) shown as one error for the file.
     */
    public static final class Voortgang {
        private final Achtergrondtaken.Taak<List<Fout>> taak;

        Voortgang(Achtergrondtaken.Taak<List<Fout>> taak) {
            this.taak = taak;
        }

        public Achtergrondtaken.TaakId id() { return taak.id(); }
        public int totaal() { return taak.totaal(); }
        public int verwerkt() { return taak.toestand() == Achtergrondtaken.Toestand.MISLUKT ? 0 : taak.verwerkt(); }
        public boolean klaar() { return taak.klaar(); }
        public java.time.Instant gestart() { return taak.gestart(); }
        public int procent() { return taak.procent(); }

        public Stand stand() {
            return switch (taak.toestand()) {
                case BEZIG -> Stand.BEZIG;
                case GELUKT -> taak.uitkomst().isEmpty() ? Stand.GELUKT : Stand.AFGEWEZEN;
                case MISLUKT -> Stand.AFGEWEZEN;
            };
        }

        public List<Fout> fouten() {
            return switch (taak.toestand()) {
                case BEZIG -> List.of();
                case GELUKT -> taak.uitkomst();
                case MISLUKT -> List.of(new Fout(0, "", "", taak.fout() == null ? Berichten.tekst(MISLUKT) : taak.fout()));
            };
        }
    }

    private final JdbcClient jdbc;
    private final Opvanglocaties locaties;
    private final TransactionTemplate transactie;
    private final Achtergrondtaken achtergrondtaken;
    private final Clock clock;

    LocatieImport(JdbcClient jdbc, Opvanglocaties locaties, TransactionTemplate transactie,
            Achtergrondtaken achtergrondtaken, Clock clock) {
        this.jdbc = jdbc;
        this.locaties = locaties;
        this.transactie = transactie;
        this.achtergrondtaken = achtergrondtaken;
        this.clock = clock;
    }

    /** Starts an import in the background and returns its progress at once. */
    public Voortgang start(byte[] inhoud, Gebruiker gebruiker) {
        var gemeente = new GemeenteCode(gebruiker.eigenGemeente());
        var door = gebruiker.gebruikersnaam();
        return new Voortgang(achtergrondtaken.start(SOORT, door, Berichten.tekst(MISLUKT), v -> voerUit(inhoud, gemeente, door, v)));
    }

    /** Imports looked at for the work list, newest first. */
    private static final int ONTHOUDEN = 20;

    /**
     * The user's finished imports that were refused or failed and not yet followed by a successful
     * one: what still waits for them (correct the file, upload again). Read from the background
     * tasks, so like the progress page it knows the imports of every instance while their task is kept.
     */
    public List<Voortgang> metFouten(Gebruiker gebruiker) {
        var open = new ArrayList<Voortgang>();
        for (var taak : achtergrondtaken.vanEigenaar(SOORT, gebruiker.gebruikersnaam(), ONTHOUDEN)) {
            var v = new Voortgang(taak);
            if (!v.klaar()) {
                continue;
            }
            if (v.stand() == Stand.GELUKT) {
                break;
            }
            open.add(v);
        }
        return open;
    }

    /** Runs an import to the end in the caller's thread. */
    public Voortgang importeer(byte[] inhoud, Gebruiker gebruiker) {
        var gemeente = new GemeenteCode(gebruiker.eigenGemeente());
        var door = gebruiker.gebruikersnaam();
        // Not remembered for the work list: a task run in the caller's thread has no progress page to link to.
        return new Voortgang(achtergrondtaken.voerNuUit(SOORT, door, Berichten.tekst(MISLUKT), v -> voerUit(inhoud, gemeente, door, v)));
    }

    /** The progress of an import, only for the user who started it. */
    public Optional<Voortgang> voortgang(Achtergrondtaken.TaakId id, Gebruiker gebruiker) {
        return achtergrondtaken.<List<Fout>>vind(id, SOORT, gebruiker.gebruikersnaam()).map(Voortgang::new);
    }

    /**
     * The import itself: the errors that refuse the file (empty when every row was stored). An
     * unexpected exception rolls the transaction back and is left to {@link Achtergrondtaken}, which
     * logs it and shows {@link #MISLUKT}.
     */
    private List<Fout> voerUit(byte[] inhoud, GemeenteCode gemeente, String door, Achtergrondtaken.Voortgang voortgang) {
        var hash = sha256(inhoud);
        var eerder = eerdereImport(gemeente, hash);
        if (eerder.isPresent()) {
            return List.of(new Fout(0, "", "", Berichten.tekst("import.rij.alGeimporteerd",
                    nl.onderdak.platform.Weergave.in(Berichten.taal()).tijdstip(eerder.get()))));
        }
        var gelezen = lees(inhoud);
        if (!gelezen.fouten().isEmpty()) {
            return gelezen.fouten();
        }
        var geldig = new ArrayList<NieuweLocatie>();
        var fouten = new ArrayList<Fout>();
        for (var rij : gelezen.rijen()) {
            var uitkomst = LocatieValidatie.valideer(rij.invoer());
            if (uitkomst.locatie() != null) {
                geldig.add(uitkomst.locatie());
            } else {
                uitkomst.fouten().forEach(v -> fouten.add(fout(rij.nummer(), v.name(), v.reason())));
            }
        }
        if (!fouten.isEmpty()) {
            return fouten;
        }
        if (geldig.isEmpty()) {
            return List.of(new Fout(0, "", "", Berichten.tekst("import.rij.geenLocaties")));
        }
        voortgang.totaal(geldig.size());
        // The stored import carries the task's id, so a page or log line about the task finds its record.
        var importId = voortgang.id().waarde();
        try {
            transactie.executeWithoutResult(status -> {
                jdbc.sql("""
                        insert into locaties.locatie_import (id, gemeente_code, inhoud_sha256, aantal, geimporteerd_op, geimporteerd_door)
                        values (?, ?, ?, ?, ?, ?)""")
                        .params(importId, gemeente.waarde(), hash, geldig.size(), Timestamp.from(clock.instant()), door).update();
                int verwerkt = 0;
                for (var l : geldig) {
                    locaties.bewaar(l, gemeente, door, "Import uit spreadsheet");
                    voortgang.verwerkt(++verwerkt);
                }
            });
        } catch (DuplicateKeyException e) {
            voortgang.verwerkt(0);
            return List.of(new Fout(0, "", "", Berichten.tekst("import.rij.zojuistGeimporteerd")));
        }
        return List.of();
    }

    private Optional<java.time.Instant> eerdereImport(GemeenteCode gemeente, String hash) {
        return jdbc.sql("select geimporteerd_op from locaties.locatie_import where gemeente_code = ? and inhoud_sha256 = ?")
                .params(gemeente.waarde(), hash).query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    private record Rij(int nummer, LocatieInvoer invoer) {
    }

    private record Gelezen(List<Rij> rijen, List<Fout> fouten) {
    }

    /** Reads the first sheet: a heading row exactly as in the template, then one location per row. */
    static Gelezen lees(byte[] inhoud) {
        if (inhoud.length < 4 || inhoud[0] != 'P' || inhoud[1] != 'K') {
            return new Gelezen(List.of(), List.of(new Fout(0, "", "",
                    Berichten.tekst("import.rij.geenXlsx"))));
        }
        var rijen = new ArrayList<Rij>();
        var fouten = new ArrayList<Fout>();
        try (var werkboek = new ReadableWorkbook(new ByteArrayInputStream(inhoud));
             var stroom = werkboek.getFirstSheet().openStream()) {
            var iterator = stroom.iterator();
            if (!iterator.hasNext()) {
                return new Gelezen(List.of(), List.of(new Fout(0, "", "", Berichten.tekst("import.rij.leeg"))));
            }
            var kop = iterator.next();
            for (int k = 0; k < KOLOMMEN.size(); k++) {
                var gevonden = tekst(kop, k);
                if (gevonden == null || !gevonden.strip().equalsIgnoreCase(KOLOMMEN.get(k))) {
                    fouten.add(new Fout(kop.getRowNum(), letter(k), KOLOMMEN.get(k), gevonden == null
                            ? Berichten.tekst("import.rij.kolomkop", KOLOMMEN.get(k))
                            : Berichten.tekst("import.rij.kolomkopNiet", KOLOMMEN.get(k), nl.onderdak.platform.Invoer.uittreksel(gevonden))));
                }
            }
            if (!fouten.isEmpty()) {
                return new Gelezen(List.of(), fouten);
            }
            while (iterator.hasNext()) {
                var rij = iterator.next();
                if (leeg(rij)) {
                    continue;
                }
                if (rijen.size() == MAXIMUM_RIJEN) {
                    return new Gelezen(List.of(), List.of(new Fout(rij.getRowNum(), "", "",
                            Berichten.tekst("import.rij.teVeel", nl.onderdak.platform.Weergave.in(Berichten.taal()).getal(MAXIMUM_RIJEN)))));
                }
                var datumFouten = new ArrayList<Fout>();
                var vanaf = datum(rij, 7, datumFouten);
                var tot = datum(rij, 8, datumFouten);
                fouten.addAll(datumFouten);
                var faciliteiten = new LinkedHashSet<String>();
                var fac = tekst(rij, 10);
                if (fac != null) {
                    for (var f : fac.split("[,;]")) {
                        if (!f.isBlank()) {
                            faciliteiten.add(f.strip());
                        }
                    }
                }
                rijen.add(new Rij(rij.getRowNum(), new LocatieInvoer(tekst(rij, 0), tekst(rij, 1), tekst(rij, 2),
                        tekst(rij, 3), tekst(rij, 4), tekst(rij, 5), tekst(rij, 6), vanaf, tot, tekst(rij, 9), faciliteiten,
                        tekst(rij, 11), tekst(rij, 12))));
            }
        } catch (IOException | RuntimeException e) {
            return new Gelezen(List.of(), List.of(new Fout(0, "", "",
                    Berichten.tekst("import.rij.onleesbaar"))));
        }
        return new Gelezen(rijen, fouten);
    }

    private static boolean leeg(Row rij) {
        for (int k = 0; k < KOLOMMEN.size(); k++) {
            if (tekst(rij, k) != null) {
                return false;
            }
        }
        return true;
    }

    /** A cell as text: whole numbers without ".0", text stripped; empty cells are null. */
    private static String tekst(Row rij, int k) {
        if (!rij.hasCell(k)) {
            return null;
        }
        Cell cel = rij.getCell(k);
        if (cel == null || cel.getType() == CellType.EMPTY) {
            return null;
        }
        if (cel.getType() == CellType.NUMBER) {
            BigDecimal getal = cel.asNumber();
            return getal.stripTrailingZeros().scale() <= 0 ? getal.toBigInteger().toString() : getal.toPlainString();
        }
        var t = cel.getText();
        return t == null || t.isBlank() ? null : t.strip();
    }

    /** A date cell: a real spreadsheet date, or text as JJJJ-MM-DD or D-M-JJJJ; as JJJJ-MM-DD text for validation. */
    private static String datum(Row rij, int k, List<Fout> fouten) {
        if (!rij.hasCell(k) || rij.getCell(k) == null || rij.getCell(k).getType() == CellType.EMPTY) {
            return null;
        }
        var cel = rij.getCell(k);
        if (cel.getType() == CellType.NUMBER) {
            // A spreadsheet date is a day count since 30-12-1899; 1 to 2,958,465 covers 1900 to 9999.
            // Any other number (20260131 typed without dashes, a negative) is not a date: validation names it.
            var getal = cel.asNumber();
            if (getal.signum() > 0 && getal.compareTo(BigDecimal.valueOf(2_958_465)) <= 0) {
                return LocalDate.of(1899, 12, 30).plusDays(getal.longValue()).toString();
            }
            return getal.toPlainString();
        }
        var t = tekst(rij, k);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t, DATUM_NL).toString();
        } catch (DateTimeParseException e) {
            return t; // validation names it
        }
    }

    /** 31-1-2026 or 31-01-2026; strict, so 30-2-2026 is refused rather than moved to the 28th. */
    private static final DateTimeFormatter DATUM_NL = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private static Fout fout(int rij, String veld, String melding) {
        var kolomnaam = VELD_NAAR_KOLOM.getOrDefault(veld, veld);
        int index = KOLOMMEN.indexOf(kolomnaam);
        return new Fout(rij, index < 0 ? "" : letter(index), kolomnaam, melding);
    }

    static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /** The empty template, and a second sheet that explains each column with an example. */
    public static byte[] sjabloon() {
        var uit = new ByteArrayOutputStream();
        List<List<Object>> uitleg = List.of(
                List.of("naam", "ja", "Naam van de locatie", "Hotel De Linde"),
                List.of("soort", "ja", Soort.codes(), "hotel"),
                List.of("postcode", "ja", "Nederlandse postcode", "3511 AB"),
                List.of("huisnummer", "ja", "Geheel getal", 12),
                List.of("toevoeging", "nee", "Huisnummertoevoeging, hoogstens 10 tekens", "A"),
                List.of("plaats", "ja", "Plaatsnaam", "Utrecht"),
                List.of("exploitant", "nee", "Wie de locatie exploiteert", "Stichting Voorbeeld"),
                List.of("beschikbaar_vanaf", "ja", "Datum (JJJJ-MM-DD of een Excel-datum)", "2026-01-01"),
                List.of("beschikbaar_tot", "nee", "Datum; leeg als er geen einddatum is", "2027-06-30"),
                List.of("status", "nee", Status.codes() + " (leeg: beschikbaar)", "beschikbaar"),
                List.of("faciliteiten", "nee", "Komma-gescheiden: rolstoeltoegankelijk, gezinskamers, catering, "
                        + "eigenKeuken, huisdierenToegestaan", "gezinskamers, catering"),
                List.of("bedden_lang_verblijf", "ja", "Bruikbare bedden voor lang verblijf vanaf beschikbaar_vanaf", 80),
                List.of("bedden_kort_verblijf", "nee", "Bruikbare bedden voor kort verblijf (crisisopvang, < 72 uur)", 0));
        Xlsx.schrijf(List.of(new Xlsx.Blad("Locaties", KOLOMMEN, List.of()),
                new Xlsx.Blad("Toelichting", List.of("kolom", "verplicht", "toegestaan", "voorbeeld"), uitleg)), uit);
        return uit.toByteArray();
    }

    static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
