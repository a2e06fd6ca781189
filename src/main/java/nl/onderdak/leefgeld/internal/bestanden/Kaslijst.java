// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal.bestanden;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The printable list for paying living allowance in cash: one row per payment, with an empty box
 * in which the recipient signs and an empty column for the date it was handed out, and at the end
 * the totals and room for the names and signatures of the two officials who hand out the money
 * together (four eyes).
 *
 * <p>A4 landscape. Every page repeats the title, the run reference, the print date and the table
 * header, and says "Pagina X van Y" at the bottom, so that a page that comes loose can still be
 * placed. Text is set in DejaVu Sans, embedded as a subset, which covers Latin with diacritics and
 * Cyrillic; a character the font lacks (Chinese, for instance) is printed as "?" rather than
 * failing the whole list, and the reference column still identifies the recipient.
 */
public final class Kaslijst {

    private static final Locale NEDERLANDS = Locale.of("nl", "NL");
    private static final DateTimeFormatter MAAND = DateTimeFormatter.ofPattern("MMMM uuuu", NEDERLANDS);
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM uuuu", NEDERLANDS);
    private static final String LETTERTYPE = "/fonts/DejaVuSans.ttf";

    private Kaslijst() {
    }

    /** What the list is for: the municipality, the month paid for, the payment run and the day it was printed. */
    public record Kop(String gemeente, YearMonth maand, String runReferentie, LocalDate afgedrukt) {
        public Kop {
            verplicht(gemeente, "gemeente");
            Objects.requireNonNull(maand, "maand ontbreekt");
            verplicht(runReferentie, "runReferentie");
            Objects.requireNonNull(afgedrukt, "afgedrukt ontbreekt");
        }
    }

    /**
     * One cash payment: the payment's reference, the person who collects it, how many people it is
     * for and the amount in euros (positive, whole cents).
     */
    public record Kasbetaling(String referentie, String ontvanger, int personen, BigDecimal bedrag) {
        public Kasbetaling {
            verplicht(referentie, "referentie");
            verplicht(ontvanger, "ontvanger");
            if (personen < 1) {
                throw new IllegalArgumentException("personen moet minstens 1 zijn");
            }
            Objects.requireNonNull(bedrag, "bedrag ontbreekt");
            if (bedrag.signum() <= 0) {
                throw new IllegalArgumentException("bedrag moet positief zijn");
            }
            if (bedrag.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("bedrag heeft meer dan twee decimalen");
            }
        }
    }

    /**
     * Writes the list as a PDF to {@code uit}. The stream is not closed.
     *
     * @throws UncheckedIOException when writing fails
     */
    public static void schrijf(Kop kop, List<Kasbetaling> betalingen, OutputStream uit) {
        Objects.requireNonNull(kop, "kop ontbreekt");
        var rijen = List.copyOf(betalingen);
        Objects.requireNonNull(uit, "uit ontbreekt");
        try (var document = new PDDocument()) {
            var opmaak = new Opmaak(document, kop);
            opmaak.zet(rijen);
            metadata(document, kop);
            document.save(new NietSluitend(uit));
            uit.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Leefgeld contant — Utrecht — november 2023": the title on every page and of the document. */
    static String titel(Kop kop) {
        return "Leefgeld contant — " + kop.gemeente().strip() + " — " + MAAND.format(kop.maand());
    }

    /** An amount as the Dutch write it: "€ 1.234,56". */
    static String bedrag(BigDecimal bedrag) {
        var formaat = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(NEDERLANDS));
        return "€ " + formaat.format(bedrag);
    }

    private static void metadata(PDDocument document, Kop kop) {
        var info = document.getDocumentInformation();
        info.setTitle(titel(kop));
        info.setAuthor(kop.gemeente().strip());
        info.setSubject("Lijst voor het contant uitbetalen van leefgeld, run " + kop.runReferentie().strip());
        info.setCreator("Onderdak");
        var catalogus = document.getDocumentCatalog();
        catalogus.setLanguage("nl-NL");
        var voorkeuren = new PDViewerPreferences(new COSDictionary());
        voorkeuren.setDisplayDocTitle(true);
        catalogus.setViewerPreferences(voorkeuren);
    }

    private static void verplicht(String waarde, String naam) {
        if (waarde == null || waarde.isBlank()) {
            throw new IllegalArgumentException(naam + " ontbreekt");
        }
    }

    /** A column of the table: its heading, its width in points and whether its text is right-aligned. */
    private record Kolom(String kop, float breedte, boolean rechts) {
    }

    /** Lays the list out page by page. One instance per document. */
    private static final class Opmaak {

        private static final PDRectangle PAGINA = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        private static final float MARGE = 36f;
        private static final float LINKS = MARGE;
        private static final float BREEDTE = PAGINA.getWidth() - 2 * MARGE;
        private static final float BOVEN = PAGINA.getHeight() - MARGE;
        /** The lowest a table row or the closing block may reach; below it is the page footer. */
        private static final float ONDERGRENS = MARGE + 16f;

        private static final float TITEL = 15f;
        private static final float TEKST = 10f;
        private static final float KOPTEKST = 9f;
        private static final float VOETTEKST = 9f;
        private static final float REGELAFSTAND = 1.25f;
        private static final float BINNENRAND = 5f;
        /** About a centimetre: enough height for a signature. */
        private static final float MINIMALE_RIJHOOGTE = 30f;
        private static final int MAXIMAAL_REGELS = 5;

        /** Nr., Referentie, Ontvanger (the rest of the width), Personen, Bedrag, Handtekening, Datum uitgereikt. */
        private static final List<Kolom> KOLOMMEN;

        static {
            float nr = 32f;
            float referentie = 105f;
            float personen = 58f;
            float bedrag = 88f;
            float handtekening = 185f; // about 6.5 cm
            float datum = 95f;
            float ontvanger = BREEDTE - nr - referentie - personen - bedrag - handtekening - datum;
            KOLOMMEN = List.of(new Kolom("Nr.", nr, true), new Kolom("Referentie", referentie, false),
                    new Kolom("Ontvanger", ontvanger, false), new Kolom("Personen", personen, true),
                    new Kolom("Bedrag", bedrag, true), new Kolom("Handtekening", handtekening, false),
                    new Kolom("Datum uitgereikt", datum, false));
        }

        private final PDDocument document;
        private final Kop kop;
        private final PDType0Font lettertype;
        private final Map<Integer, Boolean> tekenbaar = new HashMap<>();
        private PDPageContentStream inhoud;
        private float y;

        Opmaak(PDDocument document, Kop kop) throws IOException {
            this.document = document;
            this.kop = kop;
            try (InputStream ttf = Kaslijst.class.getResourceAsStream(LETTERTYPE)) {
                if (ttf == null) {
                    throw new IOException("lettertype " + LETTERTYPE + " ontbreekt");
                }
                this.lettertype = PDType0Font.load(document, ttf, true);
            }
        }

        void zet(List<Kasbetaling> betalingen) throws IOException {
            nieuwePagina();
            if (betalingen.isEmpty()) {
                y -= 24f;
                tekst("Geen contante betalingen in deze run.", 12f, LINKS, y);
            } else {
                tabelkop();
                for (int i = 0; i < betalingen.size(); i++) {
                    rij(i + 1, betalingen.get(i));
                }
                afsluiting(betalingen);
            }
            inhoud.close();
            paginanummers();
        }

        private void nieuwePagina() throws IOException {
            if (inhoud != null) {
                inhoud.close();
            }
            var pagina = new PDPage(PAGINA);
            document.addPage(pagina);
            inhoud = new PDPageContentStream(document, pagina);
            inhoud.setLineWidth(0.5f);
            y = BOVEN - TITEL;
            tekst(titel(kop), TITEL, LINKS, y);
            y -= 18f;
            naastElkaar(List.of("Runreferentie: " + kop.runReferentie(), "Afdrukdatum: " + DATUM.format(kop.afgedrukt())),
                    TEKST);
            y -= 14f;
        }

        private void tabelkop() throws IOException {
            var teksten = KOLOMMEN.stream().map(Kolom::kop).toList();
            rijMetCellen(teksten, KOPTEKST, 0f, true);
        }

        private void rij(int nummer, Kasbetaling betaling) throws IOException {
            var teksten = List.of(Integer.toString(nummer), betaling.referentie(), betaling.ontvanger(),
                    Integer.toString(betaling.personen()), bedrag(betaling.bedrag()), "", "");
            if (y - hoogte(teksten, TEKST, MINIMALE_RIJHOOGTE) < ONDERGRENS) {
                nieuwePagina();
                tabelkop();
            }
            rijMetCellen(teksten, TEKST, MINIMALE_RIJHOOGTE, false);
        }

        /** Draws one table row at the current height, each cell boxed, and moves below it. */
        private void rijMetCellen(List<String> teksten, float grootte, float minimaleHoogte, boolean kopregel)
                throws IOException {
            float hoogte = hoogte(teksten, grootte, minimaleHoogte);
            float x = LINKS;
            if (kopregel) {
                inhoud.setNonStrokingColor(0.87f);
                inhoud.addRect(LINKS, y - hoogte, BREEDTE, hoogte);
                inhoud.fill();
                inhoud.setNonStrokingColor(0f);
            }
            for (int k = 0; k < KOLOMMEN.size(); k++) {
                var kolom = KOLOMMEN.get(k);
                inhoud.addRect(x, y - hoogte, kolom.breedte(), hoogte);
                inhoud.stroke();
                var regels = regels(teksten.get(k), kolom.breedte() - 2 * BINNENRAND, grootte);
                float ruimte = hoogte - tekstHoogte(regels.size(), grootte);
                float basislijn = y - ruimte / 2 - grootte * 0.8f;
                for (var regel : regels) {
                    float tx = kolom.rechts() ? x + kolom.breedte() - BINNENRAND - breedte(regel, grootte) : x + BINNENRAND;
                    tekst(regel, grootte, tx, basislijn);
                    basislijn -= grootte * REGELAFSTAND;
                }
                x += kolom.breedte();
            }
            y -= hoogte;
        }

        private float hoogte(List<String> teksten, float grootte, float minimaal) throws IOException {
            int meeste = 1;
            for (int k = 0; k < KOLOMMEN.size(); k++) {
                meeste = Math.max(meeste, regels(teksten.get(k), KOLOMMEN.get(k).breedte() - 2 * BINNENRAND, grootte).size());
            }
            return Math.max(minimaal, tekstHoogte(meeste, grootte) + 2 * BINNENRAND);
        }

        /** From the top of the first line's capitals to the bottom of the last line's descenders. */
        private static float tekstHoogte(int regels, float grootte) {
            return regels == 0 ? 0f : grootte + (regels - 1) * grootte * REGELAFSTAND;
        }

        /**
         * The totals and the four-eyes sign-off, kept together on the last page; when they no longer
         * fit below the last row they start a page of their own.
         */
        private void afsluiting(List<Kasbetaling> betalingen) throws IOException {
            var totaal = betalingen.stream().map(Kasbetaling::bedrag).reduce(BigDecimal.ZERO, BigDecimal::add);
            int personen = betalingen.stream().mapToInt(Kasbetaling::personen).sum();
            float rij = 34f;
            float kopHoogte = KOPTEKST * REGELAFSTAND + 2 * BINNENRAND;
            float nodig = 20f + 30f + 16f + 10f + kopHoogte + 2 * rij;
            if (y - nodig < ONDERGRENS) {
                nieuwePagina();
            }
            y -= 20f;
            naastElkaar(List.of("Aantal betalingen: " + betalingen.size(), "Personen: " + personen,
                    "Totaalbedrag: " + bedrag(totaal)), 11f);
            y -= 30f;
            tekst("Uitgereikt door (vier ogen)", 11f, LINKS, y);
            y -= 16f;
            tekst("Ondergetekenden verklaren samen dat de betalingen waarbij de ontvanger heeft getekend, op de "
                    + "vermelde datum contant zijn uitgereikt.", KOPTEKST, LINKS, y);
            y -= 10f;
            float[] breedtes = {110f, 260f, 260f, BREEDTE - 630f};
            ondertekenRij(new String[] {"", "Naam", "Handtekening", "Datum"}, breedtes, kopHoogte, true);
            ondertekenRij(new String[] {"Medewerker 1", "", "", ""}, breedtes, rij, false);
            ondertekenRij(new String[] {"Medewerker 2", "", "", ""}, breedtes, rij, false);
        }

        private void ondertekenRij(String[] teksten, float[] breedtes, float hoogte, boolean kopregel) throws IOException {
            if (kopregel) {
                inhoud.setNonStrokingColor(0.87f);
                inhoud.addRect(LINKS, y - hoogte, BREEDTE, hoogte);
                inhoud.fill();
                inhoud.setNonStrokingColor(0f);
            }
            float x = LINKS;
            for (int k = 0; k < breedtes.length; k++) {
                inhoud.addRect(x, y - hoogte, breedtes[k], hoogte);
                inhoud.stroke();
                tekst(teksten[k], KOPTEKST, x + BINNENRAND, y - BINNENRAND - KOPTEKST * 0.8f);
                x += breedtes[k];
            }
            y -= hoogte;
        }

        /** "Pagina X van Y" at the foot of every page, added once the number of pages is known. */
        private void paginanummers() throws IOException {
            int aantal = document.getNumberOfPages();
            for (int i = 0; i < aantal; i++) {
                try (var voet = new PDPageContentStream(document, document.getPage(i), AppendMode.APPEND, true, true)) {
                    var tekst = "Pagina " + (i + 1) + " van " + aantal;
                    voet.beginText();
                    voet.setFont(lettertype, VOETTEKST);
                    voet.newLineAtOffset(LINKS + BREEDTE - breedte(tekst, VOETTEKST), MARGE);
                    voet.showText(tekst);
                    voet.endText();
                }
            }
        }

        /** Pieces of text on one line at the current height, a clear gap apart. */
        private void naastElkaar(List<String> delen, float grootte) throws IOException {
            float x = LINKS;
            for (var deel : delen) {
                tekst(deel, grootte, x, y);
                x += breedte(deel, grootte) + 3 * grootte;
            }
        }

        private void tekst(String tekst, float grootte, float x, float basislijn) throws IOException {
            var zetbaar = zetbaar(tekst);
            if (zetbaar.isEmpty()) {
                return;
            }
            inhoud.beginText();
            inhoud.setFont(lettertype, grootte);
            inhoud.newLineAtOffset(x, basislijn);
            inhoud.showText(zetbaar);
            inhoud.endText();
        }

        private float breedte(String tekst, float grootte) throws IOException {
            return lettertype.getStringWidth(zetbaar(tekst)) / 1000f * grootte;
        }

        /**
         * The text as it can be set: composed (NFC), control characters and line breaks as spaces,
         * runs of white space as one, invisible format characters dropped, and every character the
         * font has no glyph for as "?".
         */
        private String zetbaar(String tekst) {
            var samengesteld = Normalizer.normalize(tekst, Normalizer.Form.NFC);
            var uit = new StringBuilder(samengesteld.length());
            boolean witruimte = false;
            for (int i = 0; i < samengesteld.length(); ) {
                int teken = samengesteld.codePointAt(i);
                i += Character.charCount(teken);
                if (Character.isWhitespace(teken) || Character.isSpaceChar(teken) || Character.isISOControl(teken)) {
                    witruimte = !uit.isEmpty();
                    continue;
                }
                if (Character.getType(teken) == Character.FORMAT) {
                    continue; // soft hyphens, zero-width and direction marks: invisible, and mostly not in the font
                }
                if (witruimte) {
                    uit.append(' ');
                    witruimte = false;
                }
                uit.appendCodePoint(heeftGlyph(teken) ? teken : '?');
            }
            return uit.toString();
        }

        private boolean heeftGlyph(int teken) {
            return tekenbaar.computeIfAbsent(teken, t -> {
                try {
                    lettertype.encode(Character.toString(t));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            });
        }

        /**
         * Breaks text into lines that fit the width, at spaces where it can and inside a word where
         * a word alone is too wide. More than {@value #MAXIMAAL_REGELS} lines end in "…".
         */
        private List<String> regels(String tekst, float breedte, float grootte) throws IOException {
            var woorden = zetbaar(tekst).split(" ");
            var regels = new ArrayList<String>();
            var regel = new StringBuilder();
            for (var woord : woorden) {
                if (woord.isEmpty()) {
                    continue;
                }
                var langer = regel.isEmpty() ? woord : regel + " " + woord;
                if (breedte(langer, grootte) <= breedte) {
                    regel.setLength(0);
                    regel.append(langer);
                    continue;
                }
                if (!regel.isEmpty()) {
                    regels.add(regel.toString());
                    regel.setLength(0);
                }
                var rest = woord;
                while (breedte(rest, grootte) > breedte) {
                    int passend = passend(rest, breedte, grootte);
                    regels.add(rest.substring(0, passend));
                    rest = rest.substring(passend);
                }
                regel.append(rest);
            }
            if (!regel.isEmpty()) {
                regels.add(regel.toString());
            }
            if (regels.size() > MAXIMAAL_REGELS) {
                var ingekort = new ArrayList<>(regels.subList(0, MAXIMAAL_REGELS));
                var laatste = ingekort.getLast();
                while (!laatste.isEmpty() && breedte(laatste + "…", grootte) > breedte) {
                    laatste = laatste.substring(0, laatste.offsetByCodePoints(laatste.length(), -1));
                }
                ingekort.set(MAXIMAAL_REGELS - 1, laatste + "…");
                return ingekort;
            }
            return regels;
        }

        /** How many chars of the word fit the width; at least one code point, so that breaking always advances. */
        private int passend(String woord, float breedte, float grootte) throws IOException {
            int einde = woord.offsetByCodePoints(0, 1);
            while (einde < woord.length()) {
                int volgende = woord.offsetByCodePoints(einde, 1);
                if (breedte(woord.substring(0, volgende), grootte) > breedte) {
                    break;
                }
                einde = volgende;
            }
            return einde;
        }
    }

    /** Lets PDFBox close what it writes to without closing the caller's stream. */
    private static final class NietSluitend extends OutputStream {

        private final OutputStream doel;

        NietSluitend(OutputStream doel) {
            this.doel = doel;
        }

        @Override
        public void write(int b) throws IOException {
            doel.write(b);
        }

        @Override
        public void write(byte[] b, int vanaf, int lengte) throws IOException {
            doel.write(b, vanaf, lengte);
        }

        @Override
        public void flush() throws IOException {
            doel.flush();
        }

        @Override
        public void close() throws IOException {
            doel.flush();
        }
    }
}
