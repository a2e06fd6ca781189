// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal.bestanden;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import nl.onderdak.bewoners.Namen;
import nl.onderdak.leefgeld.Iban;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Writes the payment file that a bank executes: a SEPA credit transfer initiation, ISO 20022
 * {@code pain.001.001.09}, filled in as the EPC's SEPA Credit Transfer customer-to-PSP
 * implementation guidelines (EPC132-08) prescribe, and checks a file against the EPC's XML schema
 * for that message.
 *
 * <p>One file holds one payment instruction (one debit account, one execution date) with any number
 * of transfers, batch booking requested. Names and texts are reduced to the Latin character set
 * that every SEPA bank must accept (a–z, A–Z, 0–9 and {@code / - ? : ( ) . , ' +} and space):
 * letters with diacritics lose them, Cyrillic is transliterated, anything else becomes a space; then
 * they are cut to their maximum length (names 70, remittance text 140). Identifiers are not changed
 * but refused when they do not fit, because the bank's result is matched on them.
 */
public final class Sepa {

    static final String NAAMRUIMTE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
    static final int MAX_NAAM = 70;
    static final int MAX_OMSCHRIJVING = 140;
    public static final int MAX_ID = 35;
    static final BigDecimal HOOGSTE_BEDRAG = new BigDecimal("999999999.99");

    private static final Pattern BIC = Pattern.compile("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** The replacements for Latin-1 and Latin Extended-A and -B, worked out once. */
    private static final char TABEL_BEGIN = '\u0080';
    private static final String[] TABEL = new String['\u0250' - TABEL_BEGIN];

    static {
        for (int i = 0; i < TABEL.length; i++) {
            TABEL[i] = vervanging((char) (TABEL_BEGIN + i));
        }
    }

    private Sepa() {
    }

    /**
     * The party that pays: the gemeente, its account and optionally its bank's BIC. Without a BIC
     * the debtor agent is given as {@code NOTPROVIDED}, as the EPC guidelines allow; the bank knows
     * itself from the IBAN.
     */
    public record Opdrachtgever(String naam, Iban iban, String bic) {

        public Opdrachtgever {
            if (sepaTekst(naam, MAX_NAAM).isEmpty()) {
                throw new IllegalArgumentException("naam opdrachtgever ontbreekt");
            }
            Objects.requireNonNull(iban, "iban opdrachtgever");
            bic = bic == null || bic.isBlank() ? null : bic.strip().toUpperCase(Locale.ROOT);
            if (bic != null && !BIC.matcher(bic).matches()) {
                throw new IllegalArgumentException("geen geldige BIC: " + bic);
            }
        }
    }

    /**
     * One transfer. The end-to-end id comes back in the bank's result and is how a payment is marked
     * paid or failed, so it must be unique within the file.
     */
    public record Overboeking(String endToEndId, String naam, Iban iban, BigDecimal bedrag, String omschrijving) {

        public Overboeking {
            controleerId("endToEndId", endToEndId);
            if (sepaTekst(naam, MAX_NAAM).isEmpty()) {
                throw new IllegalArgumentException("naam ontvanger ontbreekt bij " + endToEndId);
            }
            Objects.requireNonNull(iban, "iban ontvanger");
            controleerBedrag(bedrag, endToEndId);
        }
    }

    /** A file that does not conform to the schema; the message names line, column and the schema's complaint. */
    public static final class OngeldigBestand extends RuntimeException {

        private final int regel;
        private final int kolom;

        OngeldigBestand(int regel, int kolom, String klacht) {
            super((regel > 0 ? "regel " + regel + ", kolom " + kolom + ": " : "") + klacht);
            this.regel = regel;
            this.kolom = kolom;
        }

        /** The 1-based line of the problem, or -1 when unknown. */
        public int regel() {
            return regel;
        }

        /** The 1-based column of the problem, or -1 when unknown. */
        public int kolom() {
            return kolom;
        }
    }

    /**
     * Writes the file as UTF-8 to {@code uit}, which is flushed but not closed. Number of transactions
     * and control sum are computed from the list before anything is written.
     *
     * @throws IllegalArgumentException for an empty list, a duplicate end-to-end id or an unusable message id
     */
    public static void schrijf(String berichtId, OffsetDateTime aangemaakt, Opdrachtgever opdrachtgever,
            LocalDate uitvoerdatum, List<Overboeking> overboekingen, OutputStream uit) {
        controleerId("berichtId", berichtId);
        Objects.requireNonNull(aangemaakt, "aangemaakt");
        Objects.requireNonNull(opdrachtgever, "opdrachtgever");
        Objects.requireNonNull(uitvoerdatum, "uitvoerdatum");
        Objects.requireNonNull(uit, "uit");
        if (overboekingen == null || overboekingen.isEmpty()) {
            throw new IllegalArgumentException("geen overboekingen");
        }
        var som = BigDecimal.ZERO;
        var ids = new HashSet<String>(overboekingen.size() * 2);
        for (var overboeking : overboekingen) {
            Objects.requireNonNull(overboeking, "overboeking");
            if (!ids.add(overboeking.endToEndId())) {
                throw new IllegalArgumentException("endToEndId komt twee keer voor: " + overboeking.endToEndId());
            }
            som = som.add(overboeking.bedrag());
        }
        var aantal = Integer.toString(overboekingen.size());
        var controlesom = bedrag(som);

        try {
            // Through an OutputStreamWriter, which encodes into its own buffer: the writer the factory makes
            // for a bare OutputStream hands it one byte at a time, which costs more than the XML itself.
            var tekens = new OutputStreamWriter(uit, StandardCharsets.UTF_8);
            var xml = new Schrijver(XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(tekens));
            xml.begin();

            xml.open("GrpHdr");
            xml.element("MsgId", berichtId);
            // In Dutch time with its offset, whatever zone the caller's value came in (UTC from JDBC): the file and
            // the run page then show the same hour.
            xml.element("CreDtTm", aangemaakt.atZoneSameInstant(nl.onderdak.platform.Weergave.TIJDZONE).toOffsetDateTime()
                    .truncatedTo(ChronoUnit.SECONDS).format(TIJDSTIP));
            xml.element("NbOfTxs", aantal);
            xml.element("CtrlSum", controlesom);
            xml.open("InitgPty");
            xml.element("Nm", sepaTekst(opdrachtgever.naam(), MAX_NAAM));
            xml.sluit();
            xml.sluit();

            xml.open("PmtInf");
            xml.element("PmtInfId", berichtId);
            xml.element("PmtMtd", "TRF");
            xml.element("BtchBookg", "true");
            xml.element("NbOfTxs", aantal);
            xml.element("CtrlSum", controlesom);
            xml.open("PmtTpInf");
            xml.open("SvcLvl");
            xml.element("Cd", "SEPA");
            xml.sluit();
            xml.sluit();
            xml.open("ReqdExctnDt");
            xml.element("Dt", uitvoerdatum.toString());
            xml.sluit();
            xml.open("Dbtr");
            xml.element("Nm", sepaTekst(opdrachtgever.naam(), MAX_NAAM));
            xml.sluit();
            xml.rekening("DbtrAcct", opdrachtgever.iban());
            xml.open("DbtrAgt");
            xml.open("FinInstnId");
            if (opdrachtgever.bic() != null) {
                xml.element("BICFI", opdrachtgever.bic());
            } else {
                xml.open("Othr");
                xml.element("Id", "NOTPROVIDED");
                xml.sluit();
            }
            xml.sluit();
            xml.sluit();
            xml.element("ChrgBr", "SLEV");

            for (var overboeking : overboekingen) {
                xml.open("CdtTrfTxInf");
                xml.open("PmtId");
                xml.element("EndToEndId", overboeking.endToEndId());
                xml.sluit();
                xml.open("Amt");
                xml.bedrag("InstdAmt", bedrag(overboeking.bedrag()));
                xml.sluit();
                xml.open("Cdtr");
                xml.element("Nm", sepaTekst(overboeking.naam(), MAX_NAAM));
                xml.sluit();
                xml.rekening("CdtrAcct", overboeking.iban());
                var omschrijving = sepaTekst(overboeking.omschrijving(), MAX_OMSCHRIJVING);
                if (!omschrijving.isEmpty()) {
                    xml.open("RmtInf");
                    xml.element("Ustrd", omschrijving);
                    xml.sluit();
                }
                xml.sluit();
            }

            xml.sluit();
            xml.einde();
            tekens.flush();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("betaalbestand niet geschreven", e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks a file against the pain.001.001.09 schema. A document type declaration is refused, so
     * no entity is ever expanded and nothing outside the file is read.
     *
     * @throws OngeldigBestand at the first problem, naming line, column and the schema's complaint
     */
    public static void valideer(byte[] xml) {
        Objects.requireNonNull(xml, "xml");
        try {
            var validator = GecompileerdSchema.PAIN_001.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // Warnings do not make a file invalid.
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            var lezer = veiligeLezer();
            validator.validate(new SAXSource(lezer, new InputSource(new ByteArrayInputStream(xml))));
        } catch (SAXParseException e) {
            throw new OngeldigBestand(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
        } catch (SAXException e) {
            throw new OngeldigBestand(-1, -1, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A namespace-aware SAX reader that refuses a DOCTYPE (and with it every entity trick). */
    private static org.xml.sax.XMLReader veiligeLezer() throws SAXException {
        try {
            var fabriek = SAXParserFactory.newDefaultInstance();
            fabriek.setNamespaceAware(true);
            fabriek.setXIncludeAware(false);
            fabriek.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            fabriek.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            fabriek.setFeature("http://xml.org/sax/features/external-general-entities", false);
            fabriek.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return fabriek.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML-parser niet in te stellen", e);
        }
    }

    /** The compiled schema: compiled once, on first use; a {@link Schema} is immutable and thread-safe. */
    private static final class GecompileerdSchema {

        static final Schema PAIN_001 = laad("/sepa/pain.001.001.09.xsd");

        private static Schema laad(String pad) {
            var bron = Sepa.class.getResource(pad);
            if (bron == null) {
                throw new IllegalStateException("schema ontbreekt: " + pad);
            }
            try {
                var fabriek = SchemaFactory.newDefaultInstance();
                fabriek.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                fabriek.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                fabriek.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                return fabriek.newSchema(bron);
            } catch (SAXException e) {
                throw new IllegalStateException("schema " + pad + " niet te lezen", e);
            }
        }
    }

    // --- Rules for values ---

    /**
     * EPC rule for identifiers (message id, end-to-end id): 1 to 35 characters of the SEPA Latin set,
     * not only spaces, not starting or ending with a slash and without a double slash.
     */
    public static boolean geldigId(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID
                || id.startsWith("/") || id.endsWith("/") || id.contains("//")) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            if (!toegestaan(id.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static void controleerId(String veld, String id) {
        if (!geldigId(id)) {
            throw new IllegalArgumentException(veld + " moet 1 tot " + MAX_ID + " tekens uit de SEPA-tekenset hebben,"
                    + " niet met / beginnen of eindigen en geen // bevatten: '" + id + "'");
        }
    }

    private static void controleerBedrag(BigDecimal bedrag, String endToEndId) {
        if (bedrag == null) {
            throw new IllegalArgumentException("bedrag ontbreekt bij " + endToEndId);
        }
        if (bedrag.signum() <= 0) {
            throw new IllegalArgumentException("bedrag moet groter zijn dan 0 bij " + endToEndId);
        }
        if (bedrag.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("bedrag heeft meer dan twee decimalen bij " + endToEndId);
        }
        if (bedrag.compareTo(HOOGSTE_BEDRAG) > 0) {
            throw new IllegalArgumentException("bedrag is hoger dan " + HOOGSTE_BEDRAG + " bij " + endToEndId);
        }
    }

    /** An amount with exactly two decimals, as the schema and the banks expect it ("12.50"). */
    private static String bedrag(BigDecimal bedrag) {
        return bedrag.setScale(2).toPlainString();
    }

    private static boolean toegestaan(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '/' || c == '-' || c == '?' || c == ':' || c == '(' || c == ')' || c == '.'
                || c == ',' || c == '\'' || c == '+' || c == ' ';
    }

    /**
     * Reduces a text to the SEPA Latin character set and cuts it to {@code max} characters: diacritics
     * are dropped (Š → S), a few letters without a decomposition are spelled out (ß → ss, Ł → L),
     * Cyrillic is transliterated (Ukrainian national system), typographic apostrophes and dashes
     * become ' and -, anything else becomes a space; runs of spaces are collapsed and the ends trimmed.
     * Null gives the empty text.
     */
    static String sepaTekst(String tekst, int max) {
        if (tekst == null) {
            return "";
        }
        if (alSepa(tekst)) {
            return afkappen(tekst, max);
        }
        var bron = bevatCyrillisch(tekst) ? Namen.translitereer(tekst) : tekst;
        var uit = new StringBuilder(bron.length());
        for (int i = 0; i < bron.length(); i++) {
            char c = bron.charAt(i);
            if (toegestaan(c)) {
                voegToe(uit, c);
            } else {
                var vervanging = c >= TABEL_BEGIN && c < TABEL_BEGIN + TABEL.length ? TABEL[c - TABEL_BEGIN] : vervanging(c);
                for (int j = 0; j < vervanging.length(); j++) {
                    voegToe(uit, vervanging.charAt(j));
                }
            }
        }
        return afkappen(uit.toString().stripTrailing(), max);
    }

    /** Appends a character, leaving out a space at the start or after another space. */
    private static void voegToe(StringBuilder uit, char c) {
        if (c != ' ' || (!uit.isEmpty() && uit.charAt(uit.length() - 1) != ' ')) {
            uit.append(c);
        }
    }

    /**
     * What one character outside the set becomes: a combining mark disappears, a letter with
     * diacritics becomes its base letter, a few letters and punctuation marks have a fixed
     * replacement, anything else becomes a space.
     */
    private static String vervanging(char c) {
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return "";
        }
        var vast = switch (c) {
            case 'ß' -> "ss";
            case 'Æ' -> "AE";
            case 'æ' -> "ae";
            case 'Œ' -> "OE";
            case 'œ' -> "oe";
            case 'Ø' -> "O";
            case 'ø' -> "o";
            case 'Ł' -> "L";
            case 'ł' -> "l";
            case 'Đ', 'Ð' -> "D";
            case 'đ', 'ð' -> "d";
            case 'Þ' -> "Th";
            case 'þ' -> "th";
            case 'ı' -> "i";
            case 'Ħ' -> "H";
            case 'ħ' -> "h";
            case '‘', '’', 'ʼ', '`', '´' -> "'";
            case '‐', '‑', '‒', '–', '—', '−' -> "-";
            default -> null;
        };
        if (vast != null) {
            return vast;
        }
        var ontleed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        var basis = new StringBuilder(2);
        for (int i = 0; i < ontleed.length(); i++) {
            char d = ontleed.charAt(i);
            if (toegestaan(d) && d != ' ') {
                basis.append(d);
            }
        }
        return basis.isEmpty() ? " " : basis.toString();
    }

    /** Whether the text is already in the character set, without runs of spaces or spaces at the ends. */
    private static boolean alSepa(String tekst) {
        int n = tekst.length();
        if (n > 0 && (tekst.charAt(0) == ' ' || tekst.charAt(n - 1) == ' ')) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = tekst.charAt(i);
            if (!toegestaan(c) || (c == ' ' && tekst.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text has letters from the basic Cyrillic block (U+0400 to U+04FF), the ones transliterated. */
    private static boolean bevatCyrillisch(String tekst) {
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (c >= '\u0400' && c <= '\u04FF') {
                return true;
            }
        }
        return false;
    }

    private static String afkappen(String tekst, int max) {
        return tekst.length() <= max ? tekst : tekst.substring(0, max).stripTrailing();
    }

    /** Writes elements in the pain.001 namespace, each on its own line, indented by depth. */
    private static final class Schrijver {

        private static final char[] INSPRINGING = ("\n" + " ".repeat(64)).toCharArray();

        private final XMLStreamWriter xml;
        private int diepte;

        Schrijver(XMLStreamWriter xml) {
            this.xml = xml;
        }

        void begin() throws XMLStreamException {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(NAAMRUIMTE);
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace(NAAMRUIMTE);
            diepte = 1;
            open("CstmrCdtTrfInitn");
        }

        void einde() throws XMLStreamException {
            sluit();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        }

        void open(String naam) throws XMLStreamException {
            nieuweRegel();
            xml.writeStartElement(naam);
            diepte++;
        }

        void sluit() throws XMLStreamException {
            diepte--;
            nieuweRegel();
            xml.writeEndElement();
        }

        void element(String naam, String tekst) throws XMLStreamException {
            nieuweRegel();
            xml.writeStartElement(naam);
            xml.writeCharacters(tekst);
            xml.writeEndElement();
        }

        void bedrag(String naam, String bedrag) throws XMLStreamException {
            nieuweRegel();
            xml.writeStartElement(naam);
            xml.writeAttribute("Ccy", "EUR");
            xml.writeCharacters(bedrag);
            xml.writeEndElement();
        }

        void rekening(String naam, Iban iban) throws XMLStreamException {
            open(naam);
            open("Id");
            element("IBAN", iban.waarde());
            sluit();
            sluit();
        }

        private void nieuweRegel() throws XMLStreamException {
            xml.writeCharacters(INSPRINGING, 0, 1 + Math.min(2 * diepte, 64));
        }
    }
}
