// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.onderdak.IntegratieTest;
import nl.onderdak.locaties.internal.LocatieImport.Fout;
import nl.onderdak.locaties.internal.LocatieImport.Stand;
import nl.onderdak.locaties.internal.LocatieImport.Voortgang;
import nl.onderdak.locaties.Faciliteit;
import nl.onderdak.locaties.LocatieId;
import nl.onderdak.locaties.Soort;
import nl.onderdak.locaties.Status;
import nl.onderdak.locaties.Opvanglocatie;
import nl.onderdak.locaties.Opvanglocaties;
import nl.onderdak.platform.Achtergrondtaken;
import nl.onderdak.platform.Xlsx;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisaties;
import nl.onderdak.toegang.Rol;
import nl.onderdak.toegang.Scope;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Importing a gemeente's locations from a spreadsheet. Every test writes its own file with
 * {@link Xlsx}; the names of its locations start with a marker of its own, so the test finds back
 * exactly what it stored in the database that all test classes share (and every file has a content
 * hash no other test produces).
 */
class LocatieImportTest extends IntegratieTest {

    @Autowired
    LocatieImport locatieImport;

    @Autowired
    Opvanglocaties opvanglocaties;

    @Autowired
    Locatiebeheer beheer;

    @Autowired
    Organisaties organisaties;

    @Autowired
    JdbcClient jdbc;

    // ---------------------------------------------------------------- users

    private Gebruiker gebruiker(String naam, String organisatie, Rol rol) {
        return new Gebruiker(naam, "Test " + naam, organisaties.vind(organisatie).orElseThrow(), Set.of(rol));
    }

    private Gebruiker utrecht() {
        return gebruiker("utrecht", "GM0344", Rol.GEMEENTE_MEDEWERKER);
    }

    private Gebruiker amersfoort() {
        return gebruiker("amersfoort", "GM0307", Rol.GEMEENTE_MEDEWERKER);
    }

    // ---------------------------------------------------------------- files

    private static String kenmerk() {
        return "Importtest " + UUID.randomUUID();
    }

    /** A valid row: a hotel in Utrecht with 25 long-stay beds from 31 January 2026, the rest empty. */
    private static List<Object> rij(String naam) {
        return new ArrayList<>(Arrays.asList(naam, "hotel", "3511 AB", 12, null, "Utrecht", "Testexploitant",
                LocalDate.of(2026, 1, 31), null, null, null, 25, null));
    }

    /** Sets the value in the column with this heading. */
    private static List<Object> zet(List<Object> rij, String kolom, Object waarde) {
        int index = LocatieImport.KOLOMMEN.indexOf(kolom);
        assertThat(index).as(kolom).isNotNegative();
        rij.set(index, waarde);
        return rij;
    }

    /** A row with nothing in any cell: the writer writes no cells for it. */
    private static List<Object> legeRij() {
        return new ArrayList<>(Arrays.asList(new Object[LocatieImport.KOLOMMEN.size()]));
    }

    private static byte[] xlsx(Xlsx.Blad... bladen) {
        var uit = new ByteArrayOutputStream();
        Xlsx.schrijf(List.of(bladen), uit);
        return uit.toByteArray();
    }

    /** A file as the template prescribes: the headings in row 1, one location per row below. */
    private static byte[] bestand(List<List<Object>> rijen) {
        return xlsx(new Xlsx.Blad("Locaties", LocatieImport.KOLOMMEN, rijen));
    }

    /** A file with {@code aantal} valid rows named {@code kenmerk 1..aantal}. */
    private static byte[] bestand(String kenmerk, int aantal) {
        var rijen = new ArrayList<List<Object>>();
        for (int i = 1; i <= aantal; i++) {
            rijen.add(rij(kenmerk + " " + i));
        }
        return bestand(rijen);
    }

    // ---------------------------------------------------------------- what was stored

    /** The locations whose name starts with the marker, by name, as they stand on the day. */
    private List<Opvanglocatie> opgeslagen(String kenmerk, LocalDate dag) {
        return jdbc.sql("select id from locaties.opvanglocatie where naam like ? order by naam")
                .param(kenmerk + "%").query(UUID.class).list().stream()
                .map(id -> opvanglocaties.vind(id, new Scope.Landelijk(), dag).orElseThrow())
                .toList();
    }

    private int aantal(String kenmerk) {
        return jdbc.sql("select count(*) from locaties.opvanglocatie where naam like ?").param(kenmerk + "%")
                .query(Integer.class).single();
    }

    private int importRegels(byte[] inhoud) {
        return jdbc.sql("select count(*) from locaties.locatie_import where inhoud_sha256 = ?")
                .param(LocatieImport.sha256(inhoud)).query(Integer.class).single();
    }

    private static void gelukt(Voortgang voortgang) {
        assertThat(voortgang.stand()).as("%s", voortgang.fouten()).isEqualTo(Stand.GELUKT);
        assertThat(voortgang.fouten()).isEmpty();
    }

    /** A refusal for the file as a whole: exactly one error, on no row and no column. */
    private static String afgewezenAlsGeheel(Voortgang voortgang) {
        assertThat(voortgang.stand()).isEqualTo(Stand.AFGEWEZEN);
        assertThat(voortgang.fouten()).hasSize(1);
        var fout = voortgang.fouten().getFirst();
        assertThat(fout.rij()).isZero();
        assertThat(fout.kolom()).isEmpty();
        return fout.melding();
    }

    private static List<Row> lees(byte[] xlsx, String blad) throws IOException {
        try (var werkboek = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return werkboek.findSheet(blad).orElseThrow().read();
        }
    }

    private static List<String> tekst(Row rij) {
        return rij.stream().map(c -> c == null ? null : c.getText()).toList();
    }

    // ---------------------------------------------------------------- a valid file

    @Test
    void eenGeldigBestandSlaatPreciesElkeRijOpAlsLocatieVanDeEigenGemeenteMetBeddenVanafBeschikbaarVanaf() {
        var kenmerk = kenmerk();
        var rijen = List.of(
                rij(kenmerk + " A"),
                zet(zet(zet(zet(zet(rij(kenmerk + " B"), "beschikbaar_vanaf", "2025-06-01"), "beschikbaar_tot",
                        "2027-12-31"), "bedden_lang_verblijf", 40), "bedden_kort_verblijf", 6), "toevoeging", "bis"),
                zet(zet(zet(zet(rij(kenmerk + " C"), "soort", "vakantiepark"), "postcode", "3811aa"), "plaats",
                        "Amersfoort"), "exploitant", null));

        var voortgang = locatieImport.importeer(bestand(rijen), utrecht());

        gelukt(voortgang);
        assertThat(voortgang.totaal()).isEqualTo(3);
        assertThat(voortgang.verwerkt()).isEqualTo(3);
        assertThat(voortgang.procent()).isEqualTo(100);
        assertThat(aantal(kenmerk)).isEqualTo(3);

        var opVanaf = opgeslagen(kenmerk, LocalDate.of(2026, 1, 31));
        assertThat(opVanaf).extracting(Opvanglocatie::gemeenteCode).containsOnly("GM0344");
        assertThat(opVanaf).extracting(Opvanglocatie::naam)
                .containsExactly(kenmerk + " A", kenmerk + " B", kenmerk + " C");
        var a = opVanaf.get(0);
        assertThat(a.soort()).isEqualTo(Soort.HOTEL);
        assertThat(a.adres().postcode().waarde()).isEqualTo("3511AB");
        assertThat(a.adres().huisnummer()).isEqualTo(12);
        assertThat(a.adres().toevoeging()).isNull();
        assertThat(a.adres().plaats()).isEqualTo("Utrecht");
        assertThat(a.exploitant()).isEqualTo("Testexploitant");
        assertThat(a.beschikbaarVanaf()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(a.beschikbaarTot()).isNull();
        assertThat(a.status()).isEqualTo(Status.BESCHIKBAAR);
        assertThat(a.faciliteiten()).isEmpty();
        assertThat(a.bruikbareBedden()).isEqualTo(25);
        var b = opVanaf.get(1);
        assertThat(b.adres().toevoeging()).isEqualTo("bis");
        assertThat(b.beschikbaarTot()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(b.langVerblijf().bruikbaar()).isEqualTo(40);
        assertThat(b.kortVerblijf().bruikbaar()).isEqualTo(6);
        assertThat(b.bruikbareBedden()).isEqualTo(46);
        var c = opVanaf.get(2);
        assertThat(c.soort()).isEqualTo(Soort.VAKANTIEPARK);
        assertThat(c.adres().postcode().waarde()).isEqualTo("3811AA");
        assertThat(c.exploitant()).isNull();

        // Beds count from beschikbaar_vanaf on, not before.
        assertThat(opgeslagen(kenmerk, LocalDate.of(2026, 1, 30))).extracting(Opvanglocatie::naam,
                Opvanglocatie::bruikbareBedden).containsExactly(
                        tuple(kenmerk + " A", 0), tuple(kenmerk + " B", 46), tuple(kenmerk + " C", 0));
        assertThat(opgeslagen(kenmerk, LocalDate.of(2025, 5, 31))).extracting(Opvanglocatie::bruikbareBedden)
                .containsExactly(0, 0, 0);
        assertThat(beheer.beddenhistorie(new LocatieId(a.id()))).singleElement().satisfies(m -> {
            assertThat(m.ingangsdatum()).isEqualTo(LocalDate.of(2026, 1, 31));
            assertThat(m.opgegeven()).isEqualTo(25);
            assertThat(m.reden()).isEqualTo("Import uit spreadsheet");
            assertThat(m.vastgelegdDoor()).isEqualTo("utrecht");
        });
        assertThat(beheer.beddenhistorie(new LocatieId(b.id()))).hasSize(2);

        var vastgelegd = jdbc.sql("select gemeente_code, aantal, geimporteerd_door from locaties.locatie_import where id = ?")
                .param(voortgang.id().waarde()).query().singleRow();
        assertThat(vastgelegd).containsEntry("gemeente_code", "GM0344").containsEntry("aantal", 3)
                .containsEntry("geimporteerd_door", "utrecht");
    }

    @Test
    void deLocatiesZijnVoorDeGemeenteViaDeGewoneLijstTeVinden() {
        var kenmerk = kenmerk();

        gelukt(locatieImport.importeer(bestand(kenmerk, 2), utrecht()));

        var lijst = opvanglocaties.lijst(new Scope.Gemeente("GM0344"), LocalDate.of(2026, 2, 1));
        assertThat(lijst).filteredOn(l -> l.naam().startsWith(kenmerk)).extracting(Opvanglocatie::bruikbareBedden)
                .containsExactly(25, 25);
        assertThat(opvanglocaties.lijst(new Scope.Gemeente("GM0307"), LocalDate.of(2026, 2, 1)))
                .noneMatch(l -> l.naam().startsWith(kenmerk));
    }

    // ---------------------------------------------------------------- errors in rows

    @Test
    void eenFouteRijTussenGoedeSlaatNietsOpEnMeldtElkeFoutMetRijnummerKolomletterEnKolomkop() {
        var kenmerk = kenmerk();
        var rijen = List.of(
                rij(kenmerk + " 1"),                                                          // spreadsheet row 2
                zet(zet(zet(rij(kenmerk + " 2"), "soort", "kasteel"), "postcode", "12345"),
                        "huisnummer", "twaalf"),                                              // row 3
                rij(kenmerk + " 3"),                                                          // row 4
                zet(zet(zet(zet(rij(kenmerk + " 4"), "beschikbaar_vanaf", "morgen"), "toevoeging",
                        "veel te lange toevoeging"), "faciliteiten", "zwembad"), "bedden_lang_verblijf", -1), // row 5
                zet(zet(rij(null), "beschikbaar_tot", "2025-12-31"), "bedden_kort_verblijf", 2.5), // row 6
                rij(kenmerk + " 6"));                                                         // row 7

        var voortgang = locatieImport.importeer(bestand(rijen), utrecht());

        assertThat(voortgang.stand()).isEqualTo(Stand.AFGEWEZEN);
        assertThat(voortgang.fouten()).extracting(Fout::rij, Fout::kolom, Fout::kolomnaam).containsExactlyInAnyOrder(
                tuple(3, "B", "soort"),
                tuple(3, "C", "postcode"),
                tuple(3, "D", "huisnummer"),
                tuple(5, "E", "toevoeging"),
                tuple(5, "H", "beschikbaar_vanaf"),
                tuple(5, "K", "faciliteiten"),
                tuple(5, "L", "bedden_lang_verblijf"),
                tuple(6, "A", "naam"),
                tuple(6, "I", "beschikbaar_tot"),
                tuple(6, "M", "bedden_kort_verblijf"));
        assertThat(voortgang.fouten()).allSatisfy(f -> assertThat(f.melding()).isNotBlank());
        assertThat(voortgang.fouten()).filteredOn(f -> f.kolomnaam().equals("soort")).singleElement()
                .satisfies(f -> assertThat(f.melding()).contains("Kies een soort").contains("hotel"));
        assertThat(voortgang.fouten()).filteredOn(f -> f.kolomnaam().equals("huisnummer")).singleElement()
                .satisfies(f -> assertThat(f.melding()).contains("twaalf"));
        assertThat(voortgang.fouten()).filteredOn(f -> f.kolomnaam().equals("faciliteiten")).singleElement()
                .satisfies(f -> assertThat(f.melding()).contains("zwembad"));
        assertThat(voortgang.fouten()).filteredOn(f -> f.kolomnaam().equals("beschikbaar_tot")).singleElement()
                .satisfies(f -> assertThat(f.melding()).contains("vóór de begindatum"));
        assertThat(voortgang.totaal()).isZero();
        assertThat(voortgang.verwerkt()).isZero();
        assertThat(aantal(kenmerk)).isZero();
        assertThat(importRegels(bestand(rijen))).isZero();
    }

    @Test
    void eenLegeRijWordtOverslagenEnDeRijnummersBlijvenDieVanHetWerkblad() {
        var kenmerk = kenmerk();
        var rijen = List.of(rij(kenmerk + " 1"), legeRij(), legeRij(), zet(rij(kenmerk + " 2"), "soort", "iglo"));

        var voortgang = locatieImport.importeer(bestand(rijen), utrecht());

        assertThat(voortgang.stand()).isEqualTo(Stand.AFGEWEZEN);
        assertThat(voortgang.fouten()).extracting(Fout::rij, Fout::kolom, Fout::kolomnaam)
                .containsExactly(tuple(5, "B", "soort"));
        assertThat(aantal(kenmerk)).isZero();

        var zonderFout = List.of(rij(kenmerk + " 1"), legeRij(), rij(kenmerk + " 2"), legeRij());
        gelukt(locatieImport.importeer(bestand(zonderFout), utrecht()));
        assertThat(aantal(kenmerk)).isEqualTo(2);
    }

    @Test
    void verkeerdeKolomkoppenWordenPerKolomGemeldEnEenAfwijkendeHoofdletterMagWel() {
        var kenmerk = kenmerk();
        var koppen = new ArrayList<>(LocatieImport.KOLOMMEN);
        koppen.set(0, " NAAM ");
        koppen.set(1, "type");
        koppen.set(11, "bedden");
        koppen.removeLast(); // no bedden_kort_verblijf
        var inhoud = xlsx(new Xlsx.Blad("Locaties", koppen, List.of(rij(kenmerk))));

        var voortgang = locatieImport.importeer(inhoud, utrecht());

        assertThat(voortgang.stand()).isEqualTo(Stand.AFGEWEZEN);
        assertThat(voortgang.fouten()).extracting(Fout::rij, Fout::kolom, Fout::kolomnaam).containsExactly(
                tuple(1, "B", "soort"), tuple(1, "L", "bedden_lang_verblijf"), tuple(1, "M", "bedden_kort_verblijf"));
        assertThat(voortgang.fouten()).extracting(Fout::melding).containsExactly(
                "Hier hoort de kolomkop 'soort' te staan, niet 'type'.",
                "Hier hoort de kolomkop 'bedden_lang_verblijf' te staan, niet 'bedden'.",
                "Hier hoort de kolomkop 'bedden_kort_verblijf' te staan.");
        assertThat(aantal(kenmerk)).isZero();
    }

    @Test
    void kolommenInEenAndereVolgordeWordenGeweigerd() {
        var kenmerk = kenmerk();
        var koppen = new ArrayList<>(LocatieImport.KOLOMMEN);
        koppen.set(7, "beschikbaar_tot");
        koppen.set(8, "beschikbaar_vanaf");

        var voortgang = locatieImport.importeer(xlsx(new Xlsx.Blad("Locaties", koppen, List.of(rij(kenmerk)))), utrecht());

        assertThat(voortgang.fouten()).extracting(Fout::rij, Fout::kolom)
                .containsExactly(tuple(1, "H"), tuple(1, "I"));
        assertThat(aantal(kenmerk)).isZero();
    }

    // ---------------------------------------------------------------- not a usable file

    @Test
    void eenCsvBestandWordtGeweigerdMetEenDuidelijkeMelding() {
        var kenmerk = kenmerk();
        var csv = (String.join(",", LocatieImport.KOLOMMEN) + "\r\n" + kenmerk
                + ",hotel,3511 AB,12,,Utrecht,,2026-01-31,,,,25,\r\n").getBytes(StandardCharsets.UTF_8);

        var voortgang = locatieImport.importeer(csv, utrecht());

        assertThat(afgewezenAlsGeheel(voortgang)).contains("geen XLSX-bestand").contains(".xlsx");
        assertThat(aantal(kenmerk)).isZero();
        assertThat(importRegels(csv)).isZero();
    }

    @Test
    void eenPdfLegeInhoudEnLosseBytesWordenGeweigerd() {
        var pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        for (var inhoud : List.of(pdf, new byte[0], "PK".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})) {
            var voortgang = locatieImport.importeer(inhoud, utrecht());

            assertThat(afgewezenAlsGeheel(voortgang)).as(new String(inhoud, StandardCharsets.ISO_8859_1))
                    .contains("geen XLSX-bestand");
            assertThat(importRegels(inhoud)).isZero();
        }
    }

    @Test
    void willekeurigeBytesDieMetPkBeginnenOfEenAndereZipWordenGeweigerd() throws IOException {
        var willekeurig = new byte[4096];
        new Random(42).nextBytes(willekeurig);
        willekeurig[0] = 'P';
        willekeurig[1] = 'K';
        var zip = new ByteArrayOutputStream();
        try (var z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("locaties.txt"));
            z.write("naam;soort\nHotel;hotel\n".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        var afgekapt = Arrays.copyOf(bestand(kenmerk(), 3), 200);

        for (var inhoud : List.of(willekeurig, zip.toByteArray(), afgekapt)) {
            var voortgang = locatieImport.importeer(inhoud, utrecht());

            assertThat(afgewezenAlsGeheel(voortgang)).contains("geen leesbare Excel-werkmap");
            assertThat(importRegels(inhoud)).isZero();
        }
    }

    @Test
    void eenLeegWerkbladWordtGeweigerd() {
        var leeg = xlsx(new Xlsx.Blad("Locaties", List.of(), List.of()));

        assertThat(afgewezenAlsGeheel(locatieImport.importeer(leeg, utrecht()))).isEqualTo("Het bestand is leeg.");
        assertThat(importRegels(leeg)).isZero();
    }

    @Test
    void eenBestandMetAlleenKolomkoppenOfLegeRijenWordtGeweigerd() {
        var alleenKoppen = bestand(List.of());
        var legeRijen = bestand(List.of(legeRij(), legeRij()));

        assertThat(afgewezenAlsGeheel(locatieImport.importeer(alleenKoppen, utrecht())))
                .isEqualTo("Het bestand bevat geen locaties.");
        assertThat(afgewezenAlsGeheel(locatieImport.importeer(legeRijen, utrecht())))
                .isEqualTo("Het bestand bevat geen locaties.");
        assertThat(importRegels(alleenKoppen)).isZero();
        assertThat(importRegels(legeRijen)).isZero();
    }

    // ---------------------------------------------------------------- cell formats

    @Test
    void datumsMogenEchteExceldatumsZijnOfTekstAlsJjjjMmDdOfDMJjjj() {
        var kenmerk = kenmerk();
        var rijen = List.of(
                zet(rij(kenmerk + " 1 datum"), "beschikbaar_tot", LocalDate.of(2027, 6, 30)),
                zet(zet(rij(kenmerk + " 2 iso"), "beschikbaar_vanaf", "2026-01-31"), "beschikbaar_tot", "2027-06-30"),
                zet(zet(rij(kenmerk + " 3 nl"), "beschikbaar_vanaf", "31-1-2026"), "beschikbaar_tot", "30-06-2027"));

        gelukt(locatieImport.importeer(bestand(rijen), utrecht()));

        assertThat(opgeslagen(kenmerk, LocalDate.of(2026, 1, 31)))
                .extracting(Opvanglocatie::beschikbaarVanaf, Opvanglocatie::beschikbaarTot, Opvanglocatie::bruikbareBedden)
                .containsExactly(
                        tuple(LocalDate.of(2026, 1, 31), LocalDate.of(2027, 6, 30), 25),
                        tuple(LocalDate.of(2026, 1, 31), LocalDate.of(2027, 6, 30), 25),
                        tuple(LocalDate.of(2026, 1, 31), LocalDate.of(2027, 6, 30), 25));
    }

    @Test
    void eenDatumAlsTekstDieNietBestaatWordtGemeld() {
        var kenmerk = kenmerk();
        var rijen = List.of(
                zet(rij(kenmerk + " 1"), "beschikbaar_vanaf", "2026-02-30"),
                zet(rij(kenmerk + " 2"), "beschikbaar_vanaf", "32-1-2026"),
                zet(rij(kenmerk + " 3"), "beschikbaar_vanaf", "31/01/2026"));

        var voortgang = locatieImport.importeer(bestand(rijen), utrecht());

        assertThat(voortgang.fouten()).extracting(Fout::rij, Fout::kolom, Fout::kolomnaam).containsExactly(
                tuple(2, "H", "beschikbaar_vanaf"), tuple(3, "H", "beschikbaar_vanaf"), tuple(4, "H", "beschikbaar_vanaf"));
        assertThat(aantal(kenmerk)).isZero();
    }

    /**
     * Regression test for a bug found in review, now fixed (LocatieImport.java, method {@code datum}, line 305): a D-M-JJJJ date is parsed with
     * {@code DateTimeFormatter.ofPattern("d-M-uuuu")}, whose resolver style is SMART. A day that does
     * not exist in the month is then silently moved to the month's last day: "30-2-2026" is stored as
     * 2026-02-28 and "31-4-2026" as 2026-04-30, while "2026-02-30" (ISO, strict) is refused. Expected:
     * the row is refused with an error in column H, as for any other date that does not exist.
     * Actual: the import succeeds with a different date than the spreadsheet shows.
     * (Fix: {@code .withResolverStyle(ResolverStyle.STRICT)}.)
     */
    @Test
    void eenDagDieNietInDeMaandBestaatInDMJjjjWordtGemeldEnNietStilOmgezet() {
        var kenmerk = kenmerk();
        var rijen = List.of(
                zet(rij(kenmerk + " 1"), "beschikbaar_vanaf", "30-2-2026"),
                zet(rij(kenmerk + " 2"), "beschikbaar_vanaf", "31-4-2026"));

        var voortgang = locatieImport.importeer(bestand(rijen), utrecht());

        assertThat(opgeslagen(kenmerk, LocalDate.of(2026, 5, 1))).as("locations stored with these dates (expected: none)").extracting(Opvanglocatie::beschikbaarVanaf)
                .isEmpty();
        assertThat(voortgang.stand()).isEqualTo(Stand.AFGEWEZEN);
        assertThat(voortgang.fouten()).extracting(Fout::rij, Fout::kolom)
                .containsExactly(tuple(2, "H"), tuple(3, "H"));
    }

    /**
     * Regression test for a bug found in review, now fixed (LocatieImport.java, method {@code datum}, line 298): every number in a date column is taken
     * as an Excel serial date, also numbers that are no Excel date at all. Excel turns 20260131 typed
     * into a cell into the number 20260131 (far beyond serial 2958465 = 9999-12-31, Excel's last
     * date); the import stores it as beschikbaar_vanaf 57370-05-08, and -5 as 1899-12-25, so the
     * location silently never (or always) has beds. Expected: the row is refused with an error in
     * column H. Actual: the import succeeds.
     */
    @Test
    void eenGetalDatGeenExceldatumIsWordtAlsFouteDatumGemeld() {
        var kenmerk = kenmerk();
        var rijen = List.of(
                zet(rij(kenmerk + " 1"), "beschikbaar_vanaf", 20260131),
                zet(rij(kenmerk + " 2"), "beschikbaar_vanaf", -5));

        var voortgang = locatieImport.importeer(bestand(rijen), utrecht());

        assertThat(opgeslagen(kenmerk, LocalDate.of(2026, 2, 1))).as("locations stored with these dates (expected: none)")
                .extracting(Opvanglocatie::beschikbaarVanaf).isEmpty();
        assertThat(voortgang.stand()).isEqualTo(Stand.AFGEWEZEN);
        assertThat(voortgang.fouten()).extracting(Fout::rij, Fout::kolom)
                .containsExactly(tuple(2, "H"), tuple(3, "H"));
    }

    @Test
    void faciliteitenWordenGescheidenDoorKommaOfPuntkommaGelezen() {
        var kenmerk = kenmerk();
        var rijen = List.of(
                zet(rij(kenmerk + " 1"), "faciliteiten", "gezinskamers, catering"),
                zet(rij(kenmerk + " 2"), "faciliteiten", "rolstoeltoegankelijk;eigenKeuken ;  huisdierenToegestaan,"),
                zet(rij(kenmerk + " 3"), "faciliteiten", " "));

        gelukt(locatieImport.importeer(bestand(rijen), utrecht()));

        var locaties = opgeslagen(kenmerk, LocalDate.of(2026, 2, 1));
        assertThat(locaties.get(0).faciliteiten()).containsExactlyInAnyOrder(Faciliteit.GEZINSKAMERS, Faciliteit.CATERING);
        assertThat(locaties.get(1).faciliteiten()).containsExactlyInAnyOrder(Faciliteit.ROLSTOELTOEGANKELIJK,
                Faciliteit.EIGEN_KEUKEN, Faciliteit.HUISDIEREN_TOEGESTAAN);
        assertThat(locaties.get(2).faciliteiten()).isEmpty();
    }

    @Test
    void getallenMogenAlsTekstOfAlsGetalInDeCelStaanMaarGebrokenBeddenNiet() {
        var kenmerk = kenmerk();
        var goed = List.of(
                zet(zet(rij(kenmerk + " 1"), "huisnummer", "7"), "bedden_lang_verblijf", "30"),
                zet(zet(rij(kenmerk + " 2"), "huisnummer", new BigDecimal("8.0")), "bedden_lang_verblijf", 31.0));

        gelukt(locatieImport.importeer(bestand(goed), utrecht()));
        assertThat(opgeslagen(kenmerk, LocalDate.of(2026, 2, 1)))
                .extracting(l -> l.adres().huisnummer(), Opvanglocatie::bruikbareBedden)
                .containsExactly(tuple(7, 30), tuple(8, 31));

        var fout = locatieImport.importeer(bestand(List.of(zet(rij(kenmerk + " 3"), "bedden_lang_verblijf", 12.5))),
                utrecht());
        assertThat(fout.fouten()).extracting(Fout::rij, Fout::kolom, Fout::melding)
                .containsExactly(tuple(2, "L", "'12.5' is geen geheel getal."));
    }

    // ---------------------------------------------------------------- the same file twice

    @Test
    void hetzelfdeBestandTweemaalWordtDeTweedeKeerGeweigerdEnNietsDubbelOpgeslagen() {
        var kenmerk = kenmerk();
        var inhoud = bestand(kenmerk, 3);

        gelukt(locatieImport.importeer(inhoud, utrecht()));
        var tweede = locatieImport.importeer(inhoud, utrecht());

        assertThat(afgewezenAlsGeheel(tweede)).contains("al geïmporteerd").contains("niets opnieuw vastgelegd");
        assertThat(aantal(kenmerk)).isEqualTo(3);
        assertThat(importRegels(inhoud)).isEqualTo(1);
    }

    @Test
    void hetzelfdeBestandDoorEenAndereGemeenteWordtGewoonGeimporteerd() {
        var kenmerk = kenmerk();
        var inhoud = bestand(kenmerk, 2);

        gelukt(locatieImport.importeer(inhoud, utrecht()));
        gelukt(locatieImport.importeer(inhoud, amersfoort()));

        assertThat(opgeslagen(kenmerk, LocalDate.of(2026, 2, 1))).extracting(Opvanglocatie::gemeenteCode)
                .containsExactlyInAnyOrder("GM0344", "GM0344", "GM0307", "GM0307");
        assertThat(afgewezenAlsGeheel(locatieImport.importeer(inhoud, amersfoort()))).contains("al geïmporteerd");
        assertThat(aantal(kenmerk)).isEqualTo(4);
        assertThat(importRegels(inhoud)).isEqualTo(2);
    }

    @Test
    void eenGeweigerdBestandTeltNietAlsGeimporteerdEnMagVerbeterdOpnieuw() {
        var kenmerk = kenmerk();
        var fout = bestand(List.of(zet(rij(kenmerk + " 1"), "soort", "kasteel")));

        assertThat(locatieImport.importeer(fout, utrecht()).stand()).isEqualTo(Stand.AFGEWEZEN);
        assertThat(locatieImport.importeer(fout, utrecht()).fouten()).extracting(Fout::kolomnaam).containsExactly("soort");

        gelukt(locatieImport.importeer(bestand(List.of(rij(kenmerk + " 1"))), utrecht()));
        assertThat(aantal(kenmerk)).isEqualTo(1);
    }

    @Test
    void tweeGelijktijdigeImportsVanHetzelfdeBestandSlaanDeLocatiesEenmaalOp() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (int ronde = 0; ronde < 3; ronde++) {
                var kenmerk = kenmerk();
                var inhoud = bestand(kenmerk, 20);
                var klaar = new CountDownLatch(2);
                var start = new CountDownLatch(1);
                var uitkomsten = new ArrayList<Future<Voortgang>>();
                for (int t = 0; t < 2; t++) {
                    uitkomsten.add(pool.submit(() -> {
                        klaar.countDown();
                        start.await();
                        return locatieImport.importeer(inhoud, utrecht());
                    }));
                }
                assertThat(klaar.await(10, TimeUnit.SECONDS)).isTrue();
                start.countDown();
                var voortgangen = new ArrayList<Voortgang>();
                for (var u : uitkomsten) {
                    voortgangen.add(u.get(60, TimeUnit.SECONDS));
                }

                assertThat(voortgangen).extracting(Voortgang::stand)
                        .containsExactlyInAnyOrder(Stand.GELUKT, Stand.AFGEWEZEN);
                var afgewezen = voortgangen.stream().filter(v -> v.stand() == Stand.AFGEWEZEN).findFirst().orElseThrow();
                assertThat(afgewezenAlsGeheel(afgewezen)).contains("al geïmporteerd");
                assertThat(afgewezen.verwerkt()).isZero();
                assertThat(aantal(kenmerk)).as("ronde %d", ronde).isEqualTo(20);
                assertThat(importRegels(inhoud)).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- who may import

    @Test
    void eenRegiocoordinatorOfLandelijkeGebruikerMagNietImporteren() {
        var kenmerk = kenmerk();
        var inhoud = bestand(kenmerk, 1);
        var nietGemeentelijk = List.of(
                gebruiker("regio-utrecht", "VR09", Rol.REGIO_COORDINATOR),
                gebruiker("kcio", "KCIO", Rol.KCIO_ANALIST),
                gebruiker("lcvs", "LCVS", Rol.LCVS_PLAATSER),
                gebruiker("beheer", "BEHEER", Rol.BEHEERDER),
                // The right organisation is not enough without the role, nor the role without a gemeente.
                gebruiker("stagiair", "GM0344", Rol.MATCHER),
                gebruiker("verdwaald", "VR09", Rol.GEMEENTE_MEDEWERKER));

        for (var gebruiker : nietGemeentelijk) {
            assertThatThrownBy(() -> locatieImport.importeer(inhoud, gebruiker)).as(gebruiker.gebruikersnaam())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> locatieImport.start(inhoud, gebruiker)).as(gebruiker.gebruikersnaam())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(aantal(kenmerk)).isZero();
        assertThat(importRegels(inhoud)).isZero();
    }

    // ---------------------------------------------------------------- in the background

    private Voortgang wachtTotKlaar(Achtergrondtaken.TaakId id, Gebruiker gebruiker) throws InterruptedException {
        var grens = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < grens) {
            var v = locatieImport.voortgang(id, gebruiker).orElseThrow();
            if (v.klaar()) {
                return v;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import " + id + " niet klaar binnen 60 seconden");
    }

    @Test
    void eenImportOpDeAchtergrondLooptTotGeluktEnAlleenDeStarterZietDeVoortgang() throws InterruptedException {
        var kenmerk = kenmerk();
        var utrecht = utrecht();

        var gestart = locatieImport.start(bestand(kenmerk, 5), utrecht);
        var klaar = wachtTotKlaar(gestart.id(), utrecht);

        assertThat(klaar.id()).isEqualTo(gestart.id());
        gelukt(klaar);
        assertThat(klaar.totaal()).isEqualTo(5);
        assertThat(klaar.verwerkt()).isEqualTo(5);
        assertThat(klaar.procent()).isEqualTo(100);
        assertThat(aantal(kenmerk)).isEqualTo(5);

        assertThat(locatieImport.voortgang(gestart.id(), amersfoort())).isEmpty();
        assertThat(locatieImport.voortgang(gestart.id(), gebruiker("regio-utrecht", "VR09", Rol.REGIO_COORDINATOR)))
                .isEmpty();
        // A colleague of the same gemeente does not see it either: progress belongs to the user.
        assertThat(locatieImport.voortgang(gestart.id(), gebruiker("collega", "GM0344", Rol.GEMEENTE_MEDEWERKER)))
                .isEmpty();
        assertThat(locatieImport.voortgang(Achtergrondtaken.TaakId.nieuw(), utrecht)).isEmpty();
    }

    @Test
    void eenAfgewezenImportOpDeAchtergrondToontZijnFoutenInDeVoortgang() throws InterruptedException {
        var kenmerk = kenmerk();
        var utrecht = utrecht();
        var inhoud = bestand(List.of(rij(kenmerk + " 1"), zet(rij(kenmerk + " 2"), "postcode", "0000 AA")));

        var gestart = locatieImport.start(inhoud, utrecht);
        var klaar = wachtTotKlaar(gestart.id(), utrecht);

        assertThat(klaar.stand()).isEqualTo(Stand.AFGEWEZEN);
        assertThat(klaar.fouten()).extracting(Fout::rij, Fout::kolom, Fout::kolomnaam)
                .containsExactly(tuple(3, "C", "postcode"));
        assertThat(klaar.procent()).isEqualTo(100);
        assertThat(aantal(kenmerk)).isZero();
    }

    // ---------------------------------------------------------------- size

    @Test
    void meerDanHetMaximumAantalRijenWordtGeweigerdZonderIetsOpTeSlaan() {
        var kenmerk = kenmerk();
        var inhoud = bestand(kenmerk, LocatieImport.MAXIMUM_RIJEN + 1);

        var voortgang = locatieImport.importeer(inhoud, utrecht());

        assertThat(voortgang.stand()).isEqualTo(Stand.AFGEWEZEN);
        assertThat(voortgang.fouten()).singleElement().satisfies(f -> {
            assertThat(f.rij()).isEqualTo(LocatieImport.MAXIMUM_RIJEN + 2);
            assertThat(f.melding()).contains("meer dan 5.000");
        });
        assertThat(aantal(kenmerk)).isZero();
        assertThat(importRegels(inhoud)).isZero();
    }

    @Test
    void preciesHetMaximumAantalRijenWordtNogGelezenEnGevalideerd() {
        var kenmerk = kenmerk();
        var rijen = new ArrayList<List<Object>>();
        for (int i = 1; i <= LocatieImport.MAXIMUM_RIJEN; i++) {
            rijen.add(rij(kenmerk + " " + i));
        }
        zet(rijen.getLast(), "soort", "kasteel"); // so nothing is stored: only the reading is under test

        var voortgang = locatieImport.importeer(bestand(rijen), utrecht());

        assertThat(voortgang.fouten()).extracting(Fout::rij, Fout::kolomnaam)
                .containsExactly(tuple(LocatieImport.MAXIMUM_RIJEN + 1, "soort"));
        assertThat(aantal(kenmerk)).isZero();
    }

    // ---------------------------------------------------------------- the template

    @Test
    void hetSjabloonHeeftDeKolomkoppenInRijEenVanLocatiesEnEenToelichting() throws IOException {
        var sjabloon = LocatieImport.sjabloon();

        try (var werkboek = new ReadableWorkbook(new ByteArrayInputStream(sjabloon))) {
            assertThat(werkboek.getSheets().map(Sheet::getName).toList()).containsExactly("Locaties", "Toelichting");
        }
        var locaties = lees(sjabloon, "Locaties");
        assertThat(locaties).hasSize(1);
        assertThat(locaties.getFirst().getRowNum()).isEqualTo(1);
        assertThat(tekst(locaties.getFirst())).containsExactlyElementsOf(LocatieImport.KOLOMMEN);

        var toelichting = lees(sjabloon, "Toelichting");
        assertThat(tekst(toelichting.getFirst())).containsExactly("kolom", "verplicht", "toegestaan", "voorbeeld");
        assertThat(toelichting.subList(1, toelichting.size())).extracting(r -> r.getCell(0).getText())
                .containsExactlyElementsOf(LocatieImport.KOLOMMEN);
        assertThat(toelichting.subList(1, toelichting.size())).extracting(r -> r.getCell(1).getText())
                .allMatch(v -> v.equals("ja") || v.equals("nee"));
    }

    @Test
    void hetLegeSjabloonZelfBevatGeenLocaties() {
        assertThat(afgewezenAlsGeheel(locatieImport.importeer(LocatieImport.sjabloon(), utrecht())))
                .isEqualTo("Het bestand bevat geen locaties.");
    }

    /**
     * Fills in the template as a user would: the headings as the template has them, one row with the
     * example of every column from the "Toelichting" sheet, and the explanation sheet kept.
     */
    @Test
    void eenIngevuldSjabloonMetDeVoorbeeldenUitDeToelichtingImporteert() throws IOException {
        var sjabloon = LocatieImport.sjabloon();
        var koppen = tekst(lees(sjabloon, "Locaties").getFirst());
        var toelichting = lees(sjabloon, "Toelichting");
        var naam = kenmerk();
        List<Object> voorbeeld = new ArrayList<>();
        for (var kop : koppen) {
            var uitleg = toelichting.stream().filter(r -> r.getCell(0).getText().equals(kop)).findFirst().orElseThrow();
            Cell cel = uitleg.getCell(3);
            voorbeeld.add(kop.equals("naam") ? naam : cel.getType() == CellType.NUMBER ? cel.asNumber() : cel.getText());
        }
        var toelichtingRijen = toelichting.subList(1, toelichting.size()).stream()
                .map(r -> (List<Object>) new ArrayList<Object>(tekst(r))).toList();
        var ingevuld = xlsx(new Xlsx.Blad("Locaties", koppen, List.of(voorbeeld)),
                new Xlsx.Blad("Toelichting", tekst(toelichting.getFirst()), toelichtingRijen));

        gelukt(locatieImport.importeer(ingevuld, utrecht()));

        assertThat(opgeslagen(naam, LocalDate.of(2026, 1, 1))).singleElement().satisfies(l -> {
            assertThat(l.gemeenteCode()).isEqualTo("GM0344");
            assertThat(l.soort()).isEqualTo(Soort.HOTEL);
            assertThat(l.adres().toString()).isEqualTo("3511 AB 12A, Utrecht");
            assertThat(l.exploitant()).isEqualTo("Stichting Voorbeeld");
            assertThat(l.beschikbaarVanaf()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(l.beschikbaarTot()).isEqualTo(LocalDate.of(2027, 6, 30));
            assertThat(l.status()).isEqualTo(Status.BESCHIKBAAR);
            assertThat(l.faciliteiten()).containsExactlyInAnyOrder(Faciliteit.GEZINSKAMERS, Faciliteit.CATERING);
            assertThat(l.bruikbareBedden()).isEqualTo(80);
            assertThat(l.kortVerblijf().opgegeven()).isZero();
        });
    }
}
